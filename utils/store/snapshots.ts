import * as v from 'valibot';
import type { GlossDatabase } from './db';
import { articleSnapshotSchema } from '../model/schemas';
import type { ArticleSnapshot } from '../model';
import { isPlaceholder } from './complete-article';

/*
 * Text snapshots of annotated articles (the `snapshots` table, schema v4): the article's text as
 * plain paragraphs when the reader first annotated it, so a later visit can show what the site
 * changed since (utils/page/article-changes.ts). Only the background writes them; the reader can
 * turn them off and delete them in the library's Settings.
 */

/**
 * Keeps `snapshot` as the article's text as annotated — unless one is already kept: a snapshot is
 * the text the reader first annotated, and later visits are compared with it, not with each other.
 * Only for an article with a stored record whose text it is (same hash), never for a placeholder.
 * Returns the snapshot written, or null when none was.
 */
export async function keepSnapshot(
  db: GlossDatabase,
  input: Omit<ArticleSnapshot, 'takenAt'>,
  now = new Date(),
): Promise<ArticleSnapshot | null> {
  const snapshot = v.parse(articleSnapshotSchema, { ...input, takenAt: now.toISOString() });
  return db.transaction('rw', db.articles, db.snapshots, async () => {
    const article = await db.articles.get(snapshot.articleUrl);
    if (!article || isPlaceholder(article) || article.textHash !== snapshot.textHash) return null;
    if (await db.snapshots.get(snapshot.articleUrl)) return null;
    await db.snapshots.add(snapshot);
    return snapshot;
  });
}

/** The article's snapshot, if one is kept. */
export async function findSnapshot(
  db: GlossDatabase,
  articleUrl: string,
): Promise<ArticleSnapshot | undefined> {
  return db.snapshots.get(articleUrl);
}

/** Deletes every snapshot; returns how many there were. */
export async function clearSnapshots(db: GlossDatabase): Promise<number> {
  return db.transaction('rw', db.snapshots, async () => {
    const count = await db.snapshots.count();
    await db.snapshots.clear();
    return count;
  });
}
