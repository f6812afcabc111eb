import type { Annotation, Article, Entity } from '../model';
import type { ExportData } from '../interchange/export';

/**
 * An import arrives at the background in chunks (a runtime message has to stay small) and is written
 * only when the last one is in, in one transaction (utils/import-into-db.ts): all or nothing. Until
 * then the chunks wait here, in memory; an import the library gave up on (its page was closed)
 * is dropped after `ttlMs` without a word from it.
 */
export interface ImportChunk {
  articles: Article[];
  annotations: Annotation[];
  entities: Entity[];
}

export interface ImportStaging {
  add(importId: string, chunk: ImportChunk): number;
  /** Everything staged under the id, removed from staging; an error if nothing was. */
  take(importId: string): ExportData;
  drop(importId: string): void;
}

export function createImportStaging(ttlMs = 5 * 60_000, now = () => Date.now()): ImportStaging {
  const staged = new Map<string, { data: ExportData; touched: number }>();
  const sweep = () => {
    for (const [id, entry] of staged) if (now() - entry.touched > ttlMs) staged.delete(id);
  };
  return {
    add(importId, chunk) {
      sweep();
      const entry = staged.get(importId) ?? {
        data: { articles: [], annotations: [], entities: [] },
        touched: now(),
      };
      // push in a loop: spreading 10,000 records as call arguments risks the stack.
      for (const a of chunk.articles) entry.data.articles.push(a);
      for (const a of chunk.annotations) entry.data.annotations.push(a);
      for (const e of chunk.entities) entry.data.entities.push(e);
      entry.touched = now();
      staged.set(importId, entry);
      return (
        entry.data.articles.length + entry.data.annotations.length + entry.data.entities.length
      );
    },
    take(importId) {
      sweep();
      const entry = staged.get(importId);
      if (!entry)
        throw new Error(
          'This import was not received in full; nothing was written. Please import the file again.',
        );
      staged.delete(importId);
      return entry.data;
    },
    drop(importId) {
      staged.delete(importId);
    },
  };
}

/** Splits validated records into the chunks the library sends, `size` records at most per chunk. */
export function* chunkImport(data: ExportData, size: number): Generator<ImportChunk> {
  const empty = (): ImportChunk => ({ articles: [], annotations: [], entities: [] });
  let chunk = empty();
  let count = 0;
  for (const key of ['articles', 'entities', 'annotations'] as const) {
    for (const record of data[key]) {
      (chunk[key] as unknown[]).push(record);
      if (++count === size) {
        yield chunk;
        chunk = empty();
        count = 0;
      }
    }
  }
  if (count > 0) yield chunk;
}
