// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, article, at, entity, freshDb, snapshot, T0 } from '../helpers/db';
import {
  clearDatabase,
  importIntoDb,
  type ImportProgress,
} from '../../../utils/store/import-into-db';
import {
  buildGlossExport,
  stringifyExport,
  type ExportData,
} from '../../../utils/interchange/export';
import { parseImport } from '../../../utils/interchange/import';
import { describeError } from '../../../utils/errors';
import { clone, loadDataset } from '../interchange/export/fixtures';
import type { GlossDatabase } from '../../../utils/store/db';

/** What a user's import goes through: the file text, parsed and validated. */
function viaFile(data: ExportData): ExportData {
  const parsed = parseImport(stringifyExport(buildGlossExport(data, T0)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

const sorted = (data: ExportData): ExportData => ({
  articles: [...data.articles].sort((a, b) => a.url.localeCompare(b.url)),
  annotations: [...data.annotations].sort((a, b) => a.id.localeCompare(b.id)),
  entities: [...data.entities].sort((a, b) => a.id.localeCompare(b.id)),
});

/** A large article: `count` highlights, enough for several bulkPut chunks. */
function bigArticle(count: number): ExportData {
  const url = 'https://big.example/live-blog';
  const annotations = Array.from({ length: count }, (_, i) =>
    annotation(url, {
      id: `big-${String(i).padStart(5, '0')}`,
      quote: `update ${i}`,
      createdAt: at(i).toISOString(),
      updatedAt: at(i).toISOString(),
    }),
  );
  return { articles: [article(url)], annotations, entities: [] };
}

async function seedOther(db: GlossDatabase) {
  const url = 'https://local.example/kept';
  await db.articles.add(article(url));
  await db.entities.add(entity('person', 'Li Wei', 'li wei', { id: 'local-li' }));
  await db.annotations.add(
    annotation(url, { id: 'local-1', type: 'person', entityId: 'local-li' }),
  );
}

describe('importIntoDb', () => {
  it('puts every record of a new file, exactly as exported', async () => {
    const db = freshDb();
    const data = viaFile(loadDataset());
    const summary = await importIntoDb(db, data);
    expect(summary).toEqual({
      put: { articles: 1, annotations: 5, entities: 3 },
      unchanged: { articles: 0, annotations: 0, entities: 0 },
    });
    expect(await snapshot(db)).toEqual(sorted(loadDataset()));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const db = freshDb();
    await seedOther(db);
    await importIntoDb(db, viaFile(loadDataset()));
    const after = await snapshot(db);
    const again = await importIntoDb(db, viaFile(loadDataset()));
    expect(again).toEqual({
      put: { articles: 0, annotations: 0, entities: 0 },
      unchanged: { articles: 1, annotations: 5, entities: 3 },
    });
    expect(await snapshot(db)).toEqual(after);
  });

  it('a record replaces the stored one only when its updatedAt is strictly newer', async () => {
    const db = freshDb();
    const data = loadDataset();
    await importIntoDb(db, viaFile(data));

    const newer = clone(data);
    newer.annotations[0].note = 'Edited on the other machine';
    newer.annotations[0].updatedAt = '2024-06-01T00:00:00.000Z';
    newer.annotations[1].note = 'Same stamp, different note: ignored';
    newer.annotations[2].note = 'Older: ignored';
    newer.annotations[2].updatedAt = '2024-05-18T09:00:00.000Z';
    newer.articles[0].title = 'Older title: ignored';
    newer.articles[0].updatedAt = '2024-01-01T00:00:00.000Z';
    newer.entities[1].aliases = ['SFTU', 'Shaanxi unions'];
    newer.entities[1].updatedAt = '2024-06-02T00:00:00.000Z';

    const summary = await importIntoDb(db, viaFile(newer));
    expect(summary.put).toEqual({ articles: 0, annotations: 1, entities: 1 });
    const rows = await snapshot(db);
    const byId = Object.fromEntries(rows.annotations.map((a) => [a.id, a]));
    expect(byId[data.annotations[0].id].note).toBe('Edited on the other machine');
    expect(byId[data.annotations[1].id].note).toBe(data.annotations[1].note);
    expect(byId[data.annotations[2].id].note).toBe(data.annotations[2].note);
    expect(rows.articles[0].title).toBe(data.articles[0].title);
    expect(rows.entities.find((e) => e.id === data.entities[1].id)?.aliases).toEqual([
      'SFTU',
      'Shaanxi unions',
    ]);
  });

  it('merges an incoming entity into a stored one of the same meaning and rewrites its mentions', async () => {
    const db = freshDb();
    const data = loadDataset();
    const local = entity('person', 'WANG JUN', 'wang jun', { id: 'local-wang' });
    await db.entities.add(local);
    const summary = await importIntoDb(db, viaFile(data));
    expect(summary.put.entities).toBe(2);
    expect(summary.unchanged.entities).toBe(1);
    expect(await db.entities.get(data.entities[0].id)).toBeUndefined();
    expect(await db.entities.get('local-wang')).toEqual(local);
    expect((await db.annotations.get(data.annotations[0].id))?.entityId).toBe('local-wang');
  });

  it('reports progress from 0 to the total, chunk by chunk', async () => {
    const db = freshDb();
    const reports: ImportProgress[] = [];
    const summary = await importIntoDb(db, bigArticle(2500), (p) => reports.push({ ...p }), 2000);
    expect(summary.put).toEqual({ articles: 1, annotations: 2500, entities: 0 });
    expect(reports).toEqual([
      { done: 0, total: 2501 },
      { done: 1, total: 2501 },
      { done: 2001, total: 2501 },
      { done: 2501, total: 2501 },
    ]);
    expect(await db.annotations.count()).toBe(2500);
  });

  it('reports a total of 0 when there is nothing to write', async () => {
    const db = freshDb();
    const reports: ImportProgress[] = [];
    await importIntoDb(db, { articles: [], annotations: [], entities: [] }, (p) =>
      reports.push({ ...p }),
    );
    expect(reports).toEqual([{ done: 0, total: 0 }]);
  });

  it('is all-or-nothing: a failure in a later chunk leaves the database as it was', async () => {
    const db = freshDb();
    await seedOther(db);
    const before = await snapshot(db);
    const original = db.annotations.bulkPut.bind(db.annotations);
    let calls = 0;
    db.annotations.bulkPut = ((items: Parameters<typeof original>[0]) => {
      calls += 1;
      if (calls === 2)
        return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      return original(items);
    }) as typeof db.annotations.bulkPut;

    const reports: ImportProgress[] = [];
    const error = await importIntoDb(
      db,
      bigArticle(2500),
      (p) => reports.push({ ...p }),
      2000,
    ).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect(describeError(error)).toMatch(/storage quota exceeded/);
    // Every chunk is queued at once, so the failure may come before the first chunk reports; it
    // must never report the import finished, and nothing of it may land.
    expect(reports.at(-1)!.done).toBeLessThan(2501);
    expect(await snapshot(db)).toEqual(before);
  });

  it("is all-or-nothing when a constraint fails: an entity renamed onto another stored entity's name", async () => {
    const db = freshDb();
    const data = loadDataset();
    await importIntoDb(db, viaFile(data));
    // Locally, a second person "Li Wei" exists…
    await db.entities.add(entity('person', 'Li Wei', 'li wei', { id: 'local-li' }));
    const before = await snapshot(db);

    // …while the file renamed Wang Jun (same id) to "Li Wei", and brings a new article with it.
    const incoming = clone(data);
    Object.assign(incoming.entities[0], {
      name: 'Li Wei',
      normalizedName: 'li wei',
      updatedAt: '2024-06-01T00:00:00.000Z',
    });
    incoming.articles.push(
      article('https://fresh.example/new', { updatedAt: '2024-06-01T00:00:00.000Z' }),
    );
    incoming.annotations.push(annotation('https://fresh.example/new', { id: 'fresh-1' }));

    const error = (await importIntoDb(db, viaFile(incoming)).catch((e: unknown) => e)) as Error;
    // planMerge dedupes entities by meaning only for ids the database does not hold yet.
    expect(error.name).toBe('BulkError');
    expect(error.message).toMatch(
      /^entities\.bulkPut\(\): 1 of 1 operations failed\. Errors: ConstraintError/,
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await db.articles.get('https://fresh.example/new')).toBeUndefined();
  });

  it('a whole library survives export → file → import into an empty database', async () => {
    const source = freshDb();
    await seedOther(source);
    await importIntoDb(source, viaFile(loadDataset()));
    const exported = await snapshot(source);
    const target = freshDb();
    await importIntoDb(target, viaFile(exported));
    expect(await snapshot(target)).toEqual(exported);
  });
});

describe('clearDatabase', () => {
  it('empties all three tables and leaves the database usable', async () => {
    const db = freshDb();
    await seedOther(db);
    await importIntoDb(db, viaFile(loadDataset()));
    expect(await db.annotations.count()).toBe(6);
    await clearDatabase(db);
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    await importIntoDb(db, viaFile(loadDataset()));
    expect(await db.annotations.count()).toBe(5);
  });
});
