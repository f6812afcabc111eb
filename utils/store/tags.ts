import type { GlossDatabase } from './db';
import { cleanTags } from '../model/new-annotation';

/** A tag and how many annotations carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Every tag in use with its count, from the `*tags` index alone (schema v5): the distinct tags by a
 * unique-key walk, then each tag's annotations as primary keys (one getAllKeys each, answered from
 * the index; no record is read, and a liveQuery over keys re-runs only when those keys change).
 */
export async function readTags(db: GlossDatabase): Promise<TagCount[]> {
  const tags = (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
  const keys = await Promise.all(
    tags.map((tag) => db.annotations.where('tags').equals(tag).primaryKeys()),
  );
  return tags
    .map((tag, i) => ({ tag, count: keys[i].length }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Renames a tag on every annotation that carries it, in one transaction. Renaming onto a tag an
 * annotation already has merges the two (tags are a set). Returns how many annotations changed.
 */
export async function renameTag(
  db: GlossDatabase,
  from: string,
  to: string,
  now = new Date(),
): Promise<number> {
  const target = to.trim();
  if (!target) throw new Error('A tag needs a name.');
  if (target === from) return 0;
  const stamp = now.toISOString();
  return db.transaction('rw', db.annotations, () =>
    db.annotations
      .where('tags')
      .equals(from)
      .modify((a) => {
        a.tags = cleanTags(a.tags.map((t) => (t === from ? target : t)));
        a.updatedAt = stamp;
      }),
  );
}
