// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotation, article, freshDb } from '../helpers/db';
import { buildExportFile } from '../../../utils/interchange/export-files';
import { PRETTY_EXPORT_LIMIT } from '../../../utils/interchange/export/gloss-json';
import {
  exportLibrary,
  PAGE_SHARE,
  readExportData,
  type StartHalfWriter,
} from '../../../utils/store/export-reads';
import { placeHalf } from '../../../utils/store/export-half';
import { middleKey } from '../../../utils/store/middle-key';
import { GlossDatabase } from '../../../utils/store/db';
import { A, B, NOW, seedExportLibrary, SETTINGS } from './export-library';

/** The shared library with two unsaved URLs (the later-read one comes first, by URL). */
const seed = (db: GlossDatabase) =>
  seedExportLibrary(db, ['https://gone.example/', 'https://elsewhere.example/']);

interface FakeWorker {
  start: StartHalfWriter;
  /** The first id each request asked for. */
  asked: string[];
  cancelled: number;
}

/**
 * A worker in this thread: its own connection to the database, as the real one opens
 * (entrypoints/export-worker.ts), running the same placeHalf. `beforeReading` runs first, as
 * another document might write in the meantime.
 */
function fakeWorker(
  options: { beforeReading?: () => Promise<unknown>; fail?: boolean } = {},
): FakeWorker {
  const fake: FakeWorker = { asked: [], cancelled: 0, start: undefined! };
  fake.start = (database) => {
    const db = new GlossDatabase(database);
    return {
      write: (request) =>
        Dexie.ignoreTransaction(() => {
          fake.asked.push(request.from);
          let markStarted!: () => void;
          const started = new Promise<void>((resolve) => (markStarted = resolve));
          const placed = (async () => {
            await options.beforeReading?.();
            if (options.fail) throw new Error('The worker could not open the database.');
            return placeHalf(db, request, markStarted).finally(() => db.close());
          })();
          placed.catch(() => undefined);
          return { started, placed };
        }),
      cancel: () => fake.cancelled++,
    };
  };
  return fake;
}

describe('exportLibrary with a worker writing the later half', () => {
  it('writes the file the whole read gives, the worker taking the ids from PAGE_SHARE of the way on', async () => {
    const db = freshDb();
    await seed(db);
    const whole = await readExportData(db);
    for (const format of ['csv', 'markdown'] as const)
      for (const pageSize of [2, 3, 5]) {
        const worker = fakeWorker();
        expect(await exportLibrary(db, format, NOW, SETTINGS, worker.start, { pageSize })).toEqual(
          buildExportFile(format, whole, null, NOW, SETTINGS),
        );
        expect(worker).toMatchObject({
          asked: [middleKey('id-00', 'id-10', PAGE_SHARE)],
          cancelled: 0,
        });
      }
  });

  it('halves JSON files only when they are too large to indent, and then writes the same file', async () => {
    const db = freshDb();
    await db.articles.bulkAdd([article(A), article(B)]);
    // Ids spread as crypto.randomUUID()'s are, so the two halves are about even.
    const hexId = (i: number) => ((i * 2654435761) >>> 0).toString(16).padStart(8, '0');
    await db.annotations.bulkAdd(
      Array.from({ length: PRETTY_EXPORT_LIMIT + 1 }, (_, i) =>
        annotation([A, B, 'https://gone.example/'][i % 3], {
          id: hexId(i),
          selectors: [{ type: 'TextPositionSelector', start: i % 97, end: (i % 97) + 3 }],
        }),
      ),
    );
    const whole = await readExportData(db);
    const ids = whole.annotations.map((a) => a.id).sort();
    for (const format of ['gloss', 'w3c'] as const) {
      const worker = fakeWorker();
      const file = await exportLibrary(db, format, NOW, SETTINGS, worker.start, {
        pageSize: 1_000,
      });
      expect(file).toEqual(buildExportFile(format, whole, null, NOW, SETTINGS));
      expect(file.text.split('\n')).toHaveLength(2);
      expect(worker).toMatchObject({
        asked: [middleKey(ids[0], ids.at(-1)!, PAGE_SHARE)],
        cancelled: 0,
      });
    }
    // One fewer is indented, written whole by the page.
    await db.annotations.delete(ids[0]);
    const worker = fakeWorker();
    await exportLibrary(db, 'gloss', NOW, SETTINGS, worker.start, { pageSize: 1_000 });
    expect(worker.asked).toEqual([]);
  });

  it('asks no worker for fewer than two pages of annotations', async () => {
    const db = freshDb();
    await seed(db);
    const worker = fakeWorker();
    const file = await exportLibrary(db, 'csv', NOW, SETTINGS, worker.start, { pageSize: 6 });
    expect(file).toEqual(buildExportFile('csv', await readExportData(db), null, NOW, SETTINGS));
    expect(worker.asked).toEqual([]);
  });

  it('reads the whole library again, in one transaction, when a write came between the two halves', async () => {
    const db = freshDb();
    await seed(db);
    let writing: Promise<unknown> | undefined;
    // Made after the page's transaction and before the worker's: it waits for the page's to end,
    // and the worker's for it, so the halves would hold two different libraries.
    const worker = fakeWorker({
      beforeReading: () =>
        (writing = db.annotations.bulkPut([
          annotation(A, { id: 'id-01', note: 'changed in the first half' }),
          annotation(A, { id: 'id-09', note: 'changed meanwhile' }),
          annotation(A, { id: 'id-99' }),
        ])),
    });
    const file = await exportLibrary(db, 'csv', NOW, SETTINGS, worker.start, {
      pageSize: 2,
      workerWaitMs: 50,
    });
    await writing;
    // The library after the write, whole: not the first half before it and the second after.
    expect(file).toEqual(buildExportFile('csv', await readExportData(db), null, NOW, SETTINGS));
    expect(file.text).toContain('changed in the first half');
    expect(file.text).toContain('changed meanwhile');
    expect(worker.cancelled).toBe(1);
  });

  it('writes the file itself when the worker fails', async () => {
    const db = freshDb();
    await seed(db);
    const worker = fakeWorker({ fail: true });
    const file = await exportLibrary(db, 'markdown', NOW, SETTINGS, worker.start, {
      pageSize: 2,
      workerWaitMs: 50,
    });
    expect(file).toEqual(
      buildExportFile('markdown', await readExportData(db), null, NOW, SETTINGS),
    );
    expect(worker.cancelled).toBe(1);
  });

  it('waits for a worker slow to start, keeping its own transaction open', async () => {
    const db = freshDb();
    await seed(db);
    const whole = await readExportData(db);
    const worker = fakeWorker({ beforeReading: () => new Promise((r) => setTimeout(r, 200)) });
    const file = await exportLibrary(db, 'csv', NOW, SETTINGS, worker.start, {
      pageSize: 2,
      workerWaitMs: 5_000,
    });
    expect(file).toEqual(buildExportFile('csv', whole, null, NOW, SETTINGS));
    expect(worker.cancelled).toBe(0);
  });
});
