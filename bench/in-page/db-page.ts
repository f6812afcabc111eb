/**
 * Runs in an extension page (evaluated by bench/database.ts), so it uses the extension origin's
 * real, on-disk IndexedDB. Gloss's own code (Dexie schema, import, export, library view) against
 * raw IndexedDB as the floor. Big data stays in the page; only timings cross back to Node.
 * Databases are named `gloss-bench-*`, never `gloss`: the reader's library is not touched.
 */
import { openDatabase, type GlossDatabase } from '../../utils/store/db';
import { importIntoDb } from '../../utils/store/import-into-db';
import { buildExportFile, type ExportFormat } from '../../utils/interchange/export-files';
import { exportFile, readExportData, readFormatData } from '../../utils/store/export-reads';
import { exportWorker } from '../../utils/store/export-worker-client';
import { buildLibraryView, NO_FILTERS } from '../../utils/store/library-view';
import {
  countUnverifiedClaims,
  readArticlePage,
  readClaimRows,
  countClaims,
  readEntityPage,
  readSites,
} from '../../utils/store/library-queries';
import type { BackgroundRequest } from '../../utils/protocol/messages';
import { parseImport } from '../../utils/interchange/import';
import type { ExportData } from '../../utils/interchange/export';
import { SEARCH_WORD, syntheticLibrary } from './synthetic-library';
import { readTags } from '../../utils/store/tags';

/** The extension's runtime, as this extension page reaches it (the bench's page has no `browser`). */
const runtime = () =>
  (
    globalThis as unknown as {
      chrome: {
        runtime: {
          getURL(path: string): string;
          sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }>;
        };
      };
    }
  ).chrome.runtime;

let data: ExportData | null = null;
let file: string | null = null;
const dbs = new Map<string, GlossDatabase>();
const gloss = (name: string) => dbs.get(name) ?? dbs.set(name, openDatabase(name)).get(name)!;

const req = <T>(r: IDBRequest<T>) =>
  new Promise<T>(
    (resolve, reject) => (
      (r.onsuccess = () => resolve(r.result)),
      (r.onerror = () => reject(r.error))
    ),
  );
const done = (tx: IDBTransaction) =>
  new Promise<void>(
    (resolve, reject) => (
      (tx.oncomplete = () => resolve()),
      (tx.onerror = tx.onabort = () => reject(tx.error))
    ),
  );

/** The same stores and indexes as utils/store/db.ts declares, made without Dexie. */
/**
 * The floor's database: the same object stores and indexes as Gloss's own schema (read from its
 * Dexie declaration, so the two cannot drift apart), opened and written without Dexie. Every index
 * costs write time, so a floor with fewer indexes than Gloss would measure the schema, not Gloss.
 */
function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const table of openDatabase('gloss-bench-schema-only').tables) {
      const { primKey, indexes } = table.schema;
      const store = db.createObjectStore(table.name, {
        keyPath: primKey.keyPath ?? null,
        autoIncrement: primKey.auto,
      });
      for (const index of indexes)
        store.createIndex(index.name, index.keyPath!, {
          unique: index.unique,
          multiEntry: index.multi,
        });
    }
  };
  return req(open);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

const api = {
  generate(counts: { articles: number; annotations: number; entities: number }) {
    const t0 = performance.now();
    data = syntheticLibrary(counts);
    return { ms: performance.now() - t0, jsonBytes: JSON.stringify(data).length };
  },

  /** One of the bench's own databases deleted (closed first, as rawInsert leaves its own). */
  async deleteOne(name: string): Promise<void> {
    dbs.get(name)?.close();
    dbs.delete(name);
    await req(indexedDB.deleteDatabase(name));
  },

  async deleteAll(): Promise<void> {
    for (const db of dbs.values()) db.close();
    dbs.clear();
    for (const info of await indexedDB.databases())
      if (info.name?.startsWith('gloss-bench-') || info.name === 'gloss')
        await req(indexedDB.deleteDatabase(info.name));
  },

  /**
   * The bench's own copies deleted and its 100,000 generated records let go, before the library is
   * opened: extension pages share one renderer process, and a neighbour holding a few hundred MB
   * of test data made the library's start (its HTML parse, its garbage collection) several times
   * slower than a reader's library would be.
   */
  /** The generated records let go, the import file kept: the page a reader imports from. */
  releaseRecords(): void {
    data = null;
  },

  /** The import file let go once it is imported: the page a reader exports from. */
  releaseFile(): void {
    file = null;
  },

  async release(): Promise<void> {
    data = null;
    file = null;
    for (const db of dbs.values()) db.close();
    dbs.clear();
    for (const info of await indexedDB.databases())
      if (info.name?.startsWith('gloss-bench-')) await req(indexedDB.deleteDatabase(info.name));
  },

  /** The floor: every record put() in one raw IndexedDB transaction. */
  async rawInsert(name: string): Promise<number> {
    const db = await openRaw(name);
    const [, ms] = await timed(async () => {
      const tx = db.transaction(['articles', 'annotations', 'entities'], 'readwrite');
      for (const a of data!.articles) tx.objectStore('articles').put(a);
      for (const e of data!.entities) tx.objectStore('entities').put(e);
      for (const a of data!.annotations) tx.objectStore('annotations').put(a);
      await done(tx);
    });
    db.close();
    return ms;
  },

  /** Gloss's import path (merge plan + chunked bulkPut in one Dexie transaction) into an empty database. */
  async glossInsert(name: string): Promise<number> {
    const db = gloss(name);
    await db.open();
    const [, ms] = await timed(() => importIntoDb(db, data!));
    return ms;
  },

  /**
   * Where importIntoDb's time goes, on a fresh database: the merge's reads (bulkGet of every
   * incoming id, as readExisting does) and the same records written by Dexie in one bulkPut per
   * table (no 2,000-record chunks) in one transaction.
   */
  async diagnoseImport(name: string) {
    const db = gloss(name);
    await db.open();
    const [, existingReadMs] = await timed(() =>
      db.transaction('r', db.articles, db.annotations, db.entities, () =>
        Promise.all([
          db.articles.bulkGet(data!.articles.map((a) => a.url)),
          db.annotations.bulkGet(data!.annotations.map((a) => a.id)),
          db.entities.toArray(),
        ]),
      ),
    );
    const [, oneCallPutMs] = await timed(() =>
      db.transaction('rw', db.articles, db.annotations, db.entities, async () => {
        await db.articles.bulkPut(data!.articles);
        await db.entities.bulkPut(data!.entities);
        await db.annotations.bulkPut(data!.annotations);
      }),
    );
    return { existingReadMs, oneCallPutMs };
  },

  async count(name: string): Promise<number> {
    return gloss(name).annotations.count();
  },

  /** One article's annotations, by index, for `n` different articles: median ms, Dexie and raw. */
  async oneArticle(glossName: string, rawName: string, n: number) {
    const urls = Array.from(
      { length: n },
      (_, i) => data!.articles[Math.floor((i * data!.articles.length) / n)].url,
    );
    const db = gloss(glossName);
    const raw = await openRaw(rawName);
    const g: number[] = [];
    const r: number[] = [];
    let rows = 0;
    for (const url of urls) {
      const [found, ms] = await timed(() =>
        db.annotations.where('articleUrl').equals(url).toArray(),
      );
      g.push(ms);
      rows += found.length;
      const [, rawMs] = await timed(() =>
        req(
          raw.transaction('annotations').objectStore('annotations').index('articleUrl').getAll(url),
        ),
      );
      r.push(rawMs);
    }
    raw.close();
    return {
      glossMs: median(g),
      rawMs: median(r),
      glossMax: Math.max(...g),
      rowsPerArticle: rows / n,
    };
  },

  /** Reading every row, raw: the floor for search and export. `stringify` adds JSON.stringify of it all. */
  async rawReadAll(rawName: string, stringify: boolean) {
    const raw = await openRaw(rawName);
    const [, ms] = await timed(async () => {
      const tx = raw.transaction(['articles', 'annotations', 'entities']);
      const all = await Promise.all(
        ['articles', 'annotations', 'entities'].map((s) => req(tx.objectStore(s).getAll())),
      );
      if (stringify) JSON.stringify(all);
    });
    raw.close();
    return ms;
  },

  /** The library page's search: read everything (as its liveQuery does), then derive the view. */
  async librarySearch(glossName: string) {
    const db = gloss(glossName);
    const [all, readMs] = await timed(() => readExportData(db));
    const [view, viewMs] = await timed(() =>
      buildLibraryView(all, { ...NO_FILTERS, query: SEARCH_WORD }),
    );
    return { readMs, viewMs, ms: readMs + viewMs, matches: view.matches.length };
  },

  /**
   * The library page before liveQuery-by-index: it read every record and derived the whole view,
   * when it opened and again after any change. Render and page load not included.
   */
  async previousLibraryView(glossName: string) {
    const db = gloss(glossName);
    const [all, readMs] = await timed(() => readExportData(db));
    const [, viewMs] = await timed(() => buildLibraryView(all, NO_FILTERS));
    return { readMs, viewMs, ms: readMs + viewMs };
  },

  /** The library page's own reads now (utils/library-queries.ts), each timed alone, 50 rows a section. */
  async libraryQueries(glossName: string) {
    const db = gloss(glossName);
    const [, articlesMs] = await timed(() => readArticlePage(db, 50));
    const [, entitiesMs] = await timed(() => readEntityPage(db, 50));
    const [, claimsMs] = await timed(() => readClaimRows(db, 50));
    const [, claimCountMs] = await timed(() => countClaims(db));
    const [, sitesMs] = await timed(() => readSites(db));
    const [, unverifiedMs] = await timed(() => countUnverifiedClaims(db));
    const [, tagsMs] = await timed(() => readTags(db));
    return { articlesMs, entitiesMs, claimsMs, claimCountMs, sitesMs, unverifiedMs, tagsMs };
  },

  /**
   * A note changed elsewhere, as the popup changes it: a message to the background, which writes.
   * Returns when it was sent, on the clock every extension page shares (timeOrigin + now).
   */
  async changeNote(id: string, note: string): Promise<number> {
    const at = performance.timeOrigin + performance.now();
    const message: { type: 'annotation:update'; payload: BackgroundRequest<'annotation:update'> } =
      { type: 'annotation:update', payload: { id, patch: { note } } };
    const reply = await runtime().sendMessage(message);
    if (!reply?.ok) throw new Error(`annotation:update failed: ${reply?.error}`);
    return at;
  },

  /**
   * What the library's export button runs (exportFile, with the library's worker): Gloss JSON, W3C,
   * CSV and Markdown are written while they are read, a large library's later part by the worker;
   * ClaimReview reads the claims only, then builds.
   */
  async exportAll(glossName: string, format: ExportFormat) {
    const db = gloss(glossName);
    const worker = exportWorker(runtime().getURL('/export-worker.js'));
    const [exported, ms] = await timed(() => exportFile(db, format, null, new Date(), worker));
    return { ms, bytes: exported.text.length };
  },

  /** The export before it was written while read: read every record the format needs, then build. */
  async exportReadThenBuild(glossName: string, format: ExportFormat) {
    const db = gloss(glossName);
    const [, ms] = await timed(async () =>
      buildExportFile(format, await readFormatData(db, format), null),
    );
    return { ms };
  },

  /** The Gloss JSON file of the whole synthetic library, kept in the page for the import step. */
  makeFile(): number {
    file = buildExportFile('gloss', data!, null).text;
    return file.length;
  },

  /**
   * What the library's Import button does with a file: parse and validate, then write in one
   * transaction. The parsed records are kept, so the floor can put the same ones next.
   */
  async importFile(name: string) {
    const [parsed, parseMs] = await timed(() => parseImport(file!));
    if (!parsed.ok) return { ok: false as const, error: JSON.stringify(parsed.errors.slice(0, 3)) };
    const db = gloss(name);
    await db.open();
    const [summary, writeMs] = await timed(() => importIntoDb(db, parsed.data));
    // The records the file held, kept for the floor measured right after (rawInsert).
    data = parsed.data;
    return {
      ok: true as const,
      parseMs,
      writeMs,
      ms: parseMs + writeMs,
      put: summary.put.annotations,
    };
  },
};

(globalThis as unknown as { __glossDbBench: typeof api }).__glossDbBench = api;
export type DbPageApi = typeof api;
