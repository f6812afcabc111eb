import type { GlossDatabase } from './db';
import type { Annotation, Article } from '../model';
import type { ExportData } from '../interchange/export';
import { buildExportFile, type ExportFile, type ExportFormat } from '../interchange/export-files';
import { loadSettings, NO_SETTINGS, type Settings } from '../settings';
import {
  isStreamed,
  piecesFrom,
  streamedExport,
  type Placed,
  type StreamedFormat,
} from '../interchange/streamed-export';
import { annotationsPage, readPages, type HalfRequest } from './export-half';
import { middleKey } from './middle-key';
import { claimRange } from './library-queries';

/*
 * The export's reads: what a file holds, read from the database in one transaction. Building the
 * file from those records is pure (utils/interchange/export-files.ts).
 */

/** Every article and entity, with the annotations `annotations` reads, in one transaction. */
function readWithAllRecords(
  db: GlossDatabase,
  annotations: () => Promise<Annotation[]>,
): Promise<ExportData> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const [articles, read, entities] = await Promise.all([
      db.articles.toArray(),
      annotations(),
      db.entities.toArray(),
    ]);
    return { articles, annotations: read, entities };
  });
}

/** Reads what an export covers: every record, or one article with its annotations and their entities. */
export async function readExportData(db: GlossDatabase, articleUrl?: string): Promise<ExportData> {
  if (!articleUrl) return readWithAllRecords(db, () => db.annotations.toArray());
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const article = await db.articles.get(articleUrl);
    const annotations = await db.annotations.where('articleUrl').equals(articleUrl).toArray();
    const ids = new Set<string>();
    for (const a of annotations) {
      if (a.entityId) ids.add(a.entityId);
      if (a.claim?.claimantId) ids.add(a.claim.claimantId);
    }
    const entities = (await db.entities.bulkGet([...ids])).filter((e) => e !== undefined);
    return { articles: article ? [article] : [], annotations, entities };
  });
}

/**
 * What one format's file is built from. ClaimReview publishes claims only (and counts the
 * unverified ones it leaves out), so for the whole library it reads the claims by their index,
 * with the articles and entities they may name, not every annotation: at 100,000 annotations a
 * quarter of the records.
 */
export async function readFormatData(
  db: GlossDatabase,
  format: ExportFormat,
  articleUrl?: string,
): Promise<ExportData> {
  if (format !== 'claimreview' || articleUrl) return readExportData(db, articleUrl);
  return readWithAllRecords(db, () => claimRange(db).toArray());
}

/** Annotations read a page at a time: the writing of one page overlaps the reading of the next. */
export const EXPORT_PAGE_SIZE = 5_000;

/**
 * The page's share of a halved export's annotations. A little over half: the worker starts after
 * the page's reads have answered and hands its pieces over, the page only merges them (at 100,000
 * in Chromium the worker's half arrived 0.3–0.4 s after the page's own at an even split).
 */
export const PAGE_SHARE = 0.55;

/**
 * How long the page keeps its transaction open for the worker's to answer, once its own half is
 * written. A worker answers in well under a second (started, Dexie opened, one read); it cannot
 * answer while a write made between the two transactions waits for the page's to end, and then
 * the export is read again in one transaction.
 */
export const WORKER_START_WAIT_MS = 2_000;

/**
 * A thread ready to write part of a whole-library export (utils/store/export-worker-client.ts),
 * started before the page reads so that it is ready when asked: `write` once, whose `started`
 * resolves once the worker's transaction has answered and `placed` with its pieces in export order;
 * `cancel` stops it.
 */
export interface HalfWriter {
  write(request: HalfRequest): { started: Promise<void>; placed: Promise<Placed[]> };
  cancel(): void;
}

/** Starts a HalfWriter on the database of that name. */
export type StartHalfWriter = (database: string) => HalfWriter;

/** How a whole-library export reads: pages of `pageSize` annotations; how long it waits on a worker. */
export interface ExportReading {
  pageSize?: number;
  workerWaitMs?: number;
}

/**
 * A whole-library export written while it is read (utils/interchange/streamed-export.ts). With
 * `startWriter` and two pages of annotations or more, a worker writes the annotations from an id
 * on (middleId) while the page writes those before it; otherwise, or should that fail, the page
 * writes it all in one transaction. At 100,000 annotations in Chromium the halves took 0.75–0.85
 * of the time of reading everything, then building (bench/database.ts times both).
 */
export async function exportLibrary(
  db: GlossDatabase,
  format: StreamedFormat,
  now: Date,
  settings: Settings,
  startWriter?: StartHalfWriter,
  { pageSize = EXPORT_PAGE_SIZE, workerWaitMs = WORKER_START_WAIT_MS }: ExportReading = {},
): Promise<ExportFile> {
  const middle = startWriter
    ? await middleId(db, Math.max(2 * pageSize, piecesFrom(format)))
    : undefined;
  const inHalves =
    middle === undefined
      ? null
      : await exportInHalves(db, format, now, settings, startWriter!(db.name), middle, {
          pageSize,
          workerWaitMs,
        });
  return inHalves ?? exportInOneRead(db, format, now, settings, pageSize);
}

/**
 * Where the later half starts, when there are `fewest` annotations or more (a page for each half,
 * and a file written in pieces: small JSON files are indented, written whole): PAGE_SHARE of the
 * way from the lowest id to the highest (middleKey), from three one-key reads.
 */
async function middleId(db: GlossDatabase, fewest: number): Promise<string | undefined> {
  const ids = db.annotations.orderBy(':id');
  const [enough, [low], [high]] = await Promise.all([
    ids
      .clone()
      .offset(fewest - 1)
      .limit(1)
      .primaryKeys(),
    ids.clone().limit(1).primaryKeys(),
    ids.clone().reverse().limit(1).primaryKeys(),
  ]);
  return enough.length ? middleKey(low, high, PAGE_SHARE) : undefined;
}

/** The whole export written by the page in one transaction, a page of annotations at a time. */
export function exportInOneRead(
  db: GlossDatabase,
  format: StreamedFormat,
  now: Date,
  settings: Settings,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ExportFile> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const first = annotationsPage(db, {}, pageSize);
    const [articles, entities] = await Promise.all([db.articles.toArray(), db.entities.toArray()]);
    const file = streamedExport(format, { articles, entities }, now, settings);
    await readPages(db, {}, pageSize, (page) => file.add(page), first);
    return file.finish();
  });
}

/**
 * The page writes the annotations before `middle` while a worker writes the rest, each reading in
 * its own read-only transaction; null, having stopped the worker, if the two may not have read the
 * same library, or the worker failed.
 *
 * Why the two read the same library when both transactions were open at one moment: the worker's
 * is made after the page's has answered. A write made between the two could not start before the
 * page's had ended (IndexedDB starts a read-write transaction only after every transaction made
 * before it over the same tables has finished), nor the worker's before that write had ended. So
 * the page keeps its transaction open until the worker says its own has answered, for
 * `workerWaitMs` at most: it never waits on a worker that waits on it.
 */
async function exportInHalves(
  db: GlossDatabase,
  format: StreamedFormat,
  now: Date,
  settings: Settings,
  worker: HalfWriter,
  middle: string,
  { pageSize, workerWaitMs }: Required<ExportReading>,
): Promise<ExportFile | null> {
  const range = { to: middle };
  try {
    const { file, together, placed } = await db.transaction(
      'r',
      db.articles,
      db.annotations,
      db.entities,
      async () => {
        const first = annotationsPage(db, range, pageSize);
        const entitiesRead = db.entities.toArray();
        const articles = await db.articles.toArray();
        // This transaction has answered and has a read outstanding: it is open.
        const half = worker.write({ format, settings, from: middle, pageSize });
        let open = true;
        let together = false;
        half.started.then(() => (together ||= open));
        const entities = await entitiesRead;
        const file = streamedExport(format, { articles, entities }, now, settings);
        await readPages(db, range, pageSize, (page) => file.add(page), first);
        // A transaction with no read outstanding ends: small reads of its own keep it open until the
        // worker says it has started (a message, which arrives between two reads) or time is up.
        const until = Date.now() + workerWaitMs;
        while (!together && Date.now() < until) await db.articles.limit(1).primaryKeys();
        open = false;
        return { file, together, placed: half.placed };
      },
    );
    if (!together) {
      worker.cancel();
      console.info(
        `Gloss: ${fallback} the export worker's transaction did not open beside the page's.`,
      );
      return null;
    }
    file.addLaterHalf(await placed);
    return file.finish();
  } catch (error) {
    worker.cancel();
    console.warn(`Gloss: ${fallback} the export worker failed:`, error);
    return null;
  }
}

/** Said, for whoever reads the console, when the page writes the whole file after all. */
const fallback = 'the page writes the whole export in one read:';

/** Reads the records and the settings, then builds the file: what an export button needs. */
export async function exportFile(
  db: GlossDatabase,
  format: ExportFormat,
  scope: Article | null,
  now = new Date(),
  startWriter?: StartHalfWriter,
): Promise<ExportFile> {
  // Names are a nicety: an export must not fail because the settings cannot be read.
  const settings = await loadSettings().catch(() => NO_SETTINGS);
  if (!scope && isStreamed(format)) return exportLibrary(db, format, now, settings, startWriter);
  return buildExportFile(
    format,
    await readFormatData(db, format, scope?.url),
    scope,
    now,
    settings,
  );
}
