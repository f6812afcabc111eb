import Dexie from 'dexie';
import type { GlossDatabase } from './db';
import type { Annotation } from '../model';
import type { Settings } from '../settings';
import {
  placer,
  sortPlaced,
  type Placed,
  type StreamedFormat,
} from '../interchange/streamed-export';

/*
 * The part of a whole-library export that a worker writes (entrypoints/export-worker.ts): the
 * annotations from an id on, each turned into its place and piece of the file, while the page
 * writes the annotations before that id (utils/store/export-reads.ts). At 100,000 annotations the
 * export was bound by writing the pieces on the page's one thread, not by reading: reading the
 * halves in two transactions at once left it where it was.
 */

/** Ids from `from` (inclusive) to `to` (exclusive); an end left out is open. */
export interface IdRange {
  from?: string;
  to?: string;
}

/** Up to `pageSize` annotations of `range` by id, the first one after `after` if given. */
export function annotationsPage(
  db: GlossDatabase,
  { from, to }: IdRange,
  pageSize: number,
  after?: string,
): Promise<Annotation[]> {
  const lower = after ?? from ?? Dexie.minKey;
  return db.annotations
    .where('id')
    .between(lower, to ?? Dexie.maxKey, after === undefined, false)
    .limit(pageSize)
    .toArray();
}

/**
 * Hands `range`'s annotations to `take` a page at a time, inside the caller's transaction: the next
 * page is asked for before the one just read is handed over, so the database reads while the
 * thread writes. `first` is the range's first page, if already asked for.
 */
export async function readPages(
  db: GlossDatabase,
  range: IdRange,
  pageSize: number,
  take: (page: Annotation[]) => void,
  first: Promise<Annotation[]> = annotationsPage(db, range, pageSize),
): Promise<void> {
  for (let page = await first; ;) {
    const next =
      page.length === pageSize ? annotationsPage(db, range, pageSize, page.at(-1)!.id) : null;
    take(page);
    if (!next) return;
    page = await next;
  }
}

/** What a worker is asked to write. */
export interface HalfRequest {
  format: StreamedFormat;
  settings: Settings;
  /** The first id of the worker's part; it runs to the last annotation. */
  from: string;
  pageSize: number;
}

/**
 * The places and pieces of the annotations from `request.from` on, in export order, read with the articles and
 * entities in one read-only transaction. `started` is called once that transaction has answered,
 * so while it is still open: the page's own transaction, if it is still open then too, saw the
 * same library (see exportInHalves in export-reads.ts).
 */
export function placeHalf(
  db: GlossDatabase,
  request: HalfRequest,
  started: () => void,
): Promise<Placed[]> {
  const range = { from: request.from };
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const first = annotationsPage(db, range, request.pageSize);
    const entitiesRead = db.entities.toArray();
    const articles = await db.articles.toArray();
    started();
    const entities = await entitiesRead;
    const place = placer(request.format, { articles, entities }, request.settings);
    const placed: Placed[] = [];
    await readPages(
      db,
      range,
      request.pageSize,
      (page) => {
        for (const a of page) placed.push(place(a));
      },
      first,
    );
    // Sorted here, off the page's thread: the page merges the two sorted halves.
    return sortPlaced(placed, articles.length);
  });
}

/** What the page tells a worker: first the database to open, then what to write. */
export type HalfCommand =
  { kind: 'open'; database: string } | { kind: 'write'; request: HalfRequest };

/** What a worker answers, in order: `started` once, then `placed` or `failed`. */
export type HalfReply =
  { kind: 'started' } | { kind: 'placed'; placed: Placed[] } | { kind: 'failed'; error: string };
