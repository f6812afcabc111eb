import * as v from 'valibot';
import { articleTextReplySchema, type ArticleRevision } from '@/utils/protocol/page-shapes';
import type { FrameRef } from '@/utils/protocol/frame-registry';
import type { GlossDatabase } from '@/utils/store/db';
import { findArticle } from '@/utils/store/repo';
import { findSnapshot, keepSnapshot } from '@/utils/store/snapshots';
import { fitParagraphs, splitParagraphs } from '@/utils/page/paragraphs';
import { hashText } from '@/utils/page/text-hash';

/*
 * Snapshots and article changes, as the background does them. The page's text comes from its own
 * content script, which has it already (extraction ran off the page, in the offscreen document):
 * the background asks for it rather than keeping every page's text in a service worker that the
 * browser may stop at any moment.
 */

export interface SnapshotContext {
  db: GlossDatabase;
  /** The frame's article text (content:article-text), as the content script answers; throws when it cannot. */
  pageText: (frame: FrameRef) => Promise<unknown>;
  /** Whether the reader keeps snapshots (the library's Settings). */
  snapshotsOn: () => Promise<boolean>;
}

interface PageParagraphs {
  urls: string[];
  textHash: string;
  paragraphs: string[];
}

/** The frame's article as paragraphs, with its text's hash; null when it has none or does not answer. */
async function pageParagraphs(
  ctx: SnapshotContext,
  frame: FrameRef,
): Promise<PageParagraphs | null> {
  const reply = await ctx.pageText(frame).catch(() => null);
  const parsed = v.safeParse(articleTextReplySchema, reply);
  if (!reply || !parsed.success) return null;
  const { url, canonicalUrl, text, breaks } = parsed.output;
  return {
    urls: canonicalUrl ? [url, canonicalUrl] : [url],
    textHash: hashText(text),
    paragraphs: fitParagraphs(splitParagraphs(text, breaks)),
  };
}

/**
 * After an annotation is saved or its article record completed: keeps the article's text, once,
 * from the frame the reader annotated in. A snapshot is a convenience; failing to take one never
 * fails the annotation.
 */
export async function snapshotArticle(
  ctx: SnapshotContext,
  frame: FrameRef,
  articleUrl: string,
  now = new Date(),
): Promise<void> {
  try {
    if (!(await ctx.snapshotsOn()) || (await findSnapshot(ctx.db, articleUrl))) return;
    const article = await ctx.db.articles.get(articleUrl);
    if (!article?.textHash) return; // a placeholder: article:complete comes back when extraction is done
    const page = await pageParagraphs(ctx, frame);
    // keepSnapshot checks the hash against the record: a page that moved on since is not it.
    if (page)
      await keepSnapshot(
        ctx.db,
        { articleUrl, paragraphs: page.paragraphs, textHash: page.textHash },
        now,
      );
  } catch (error) {
    console.warn('Gloss could not keep a snapshot of this article:', error);
  }
}

/**
 * The article a tab shows, then (its snapshot) and now, with its annotations; null when its text
 * is as annotated or there is no snapshot. The diff itself is the asking page's work
 * (utils/page/article-changes.ts): it stays out of the service worker, which starts on every message.
 */
export async function revisionInTab(
  ctx: SnapshotContext,
  tabId: number,
): Promise<ArticleRevision | null> {
  if (!(await ctx.snapshotsOn())) return null;
  const page = await pageParagraphs(ctx, { tabId, frameId: 0 });
  if (!page) return null;
  const article = await findArticle(ctx.db, page.urls);
  const snapshot = article && (await findSnapshot(ctx.db, article.url));
  if (!snapshot || snapshot.textHash === page.textHash) return null;
  const annotations = await ctx.db.annotations
    .where('articleUrl')
    .equals(snapshot.articleUrl)
    .toArray();
  return { snapshot, paragraphs: page.paragraphs, annotations };
}
