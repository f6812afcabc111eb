// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, article, entity, freshDb } from '../helpers/db';
import {
  buildExportFile,
  EXPORT_FORMATS,
  EXPORT_LABELS,
} from '../../../utils/interchange/export-files';
import { readExportData, readFormatData } from '../../../utils/store/export-reads';
import { PRETTY_EXPORT_LIMIT } from '../../../utils/interchange/export/gloss-json';
import { NO_SETTINGS } from '../../../utils/settings';
import { importIntoDb } from '../../../utils/store/import-into-db';
import { parseImport } from '../../../utils/interchange/import';
import { EXPORTED_AT, loadDataset, readFixture } from '../interchange/export/fixtures';
import type { GlossDatabase } from '../../../utils/store/db';

const A = 'https://news.example/a';
const B = 'https://paper.example/b';

/** Two articles; A's claim names a claimant who is mentioned only on B. */
async function seed(db: GlossDatabase) {
  await db.articles.bulkAdd([article(A, { title: 'Café prices — a “report”' }), article(B)]);
  await db.entities.bulkAdd([
    entity('person', 'Wang Jun', 'wang jun', { id: 'wang' }),
    entity('person', 'Li Wei', 'li wei', { id: 'li' }),
    entity('organization', 'UN', 'un', { id: 'un' }),
    entity('person', 'Nobody', 'nobody', { id: 'unused' }),
  ]);
  await db.annotations.bulkAdd([
    annotation(A, { id: 'a-wang', type: 'person', entityId: 'wang' }),
    annotation(A, {
      id: 'a-claim',
      type: 'claim',
      claim: { status: 'disputed', evidenceUrl: '', note: '', claimantId: 'li' },
    }),
    annotation(A, { id: 'a-hl', type: 'highlight' }),
    annotation(B, { id: 'b-li', type: 'person', entityId: 'li' }),
    annotation(B, { id: 'b-un', type: 'organization', entityId: 'un' }),
  ]);
}

const sortedIds = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('readExportData', () => {
  it('reads everything without an article', async () => {
    const db = freshDb();
    await seed(db);
    const data = await readExportData(db);
    expect(data.articles.map((a) => a.url).sort()).toEqual([A, B]);
    expect(sortedIds(data.annotations)).toEqual(['a-claim', 'a-hl', 'a-wang', 'b-li', 'b-un']);
    expect(sortedIds(data.entities)).toEqual(['li', 'un', 'unused', 'wang']);
  });

  it('for one article: that article, its annotations, their entities and claimants only', async () => {
    const db = freshDb();
    await seed(db);
    const data = await readExportData(db, A);
    expect(data.articles.map((a) => a.url)).toEqual([A]);
    expect(sortedIds(data.annotations)).toEqual(['a-claim', 'a-hl', 'a-wang']);
    expect(sortedIds(data.entities)).toEqual(['li', 'wang']);
    const b = await readExportData(db, B);
    expect(sortedIds(b.annotations)).toEqual(['b-li', 'b-un']);
    expect(sortedIds(b.entities)).toEqual(['li', 'un']);
  });

  it('leaves out references to entities that no longer exist, and an unknown article is empty', async () => {
    const db = freshDb();
    await seed(db);
    await db.entities.delete('li');
    expect(sortedIds((await readExportData(db, A)).entities)).toEqual(['wang']);
    expect(await readExportData(db, 'https://nowhere.example/')).toEqual({
      articles: [],
      annotations: [],
      entities: [],
    });
  });

  it('an exported article is a valid import on its own', async () => {
    const db = freshDb();
    await seed(db);
    const file = buildExportFile(
      'gloss',
      await readExportData(db, A),
      (await db.articles.get(A))!,
      EXPORTED_AT,
    );
    const parsed = parseImport(file.text);
    expect(parsed.ok).toBe(true);
    const target = freshDb();
    if (parsed.ok) await importIntoDb(target, parsed.data);
    expect(sortedIds(await target.annotations.toArray())).toEqual(['a-claim', 'a-hl', 'a-wang']);
  });
});

describe('readFormatData', () => {
  it('reads the claims only for a library ClaimReview, and the file is the one all records give', async () => {
    const db = freshDb();
    await seed(db);
    const claims = await readFormatData(db, 'claimreview');
    expect(sortedIds(claims.annotations)).toEqual(['a-claim']);
    const settings = { ...NO_SETTINGS, reviewerName: 'Ada' };
    const all = await readExportData(db);
    expect(buildExportFile('claimreview', claims, null, EXPORTED_AT, settings)).toEqual(
      buildExportFile('claimreview', all, null, EXPORTED_AT, settings),
    );
  });

  it('reads what readExportData reads for the other formats and for one article', async () => {
    const db = freshDb();
    await seed(db);
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'claimreview'))
      expect(await readFormatData(db, format)).toEqual(await readExportData(db));
    expect(await readFormatData(db, 'claimreview', A)).toEqual(await readExportData(db, A));
  });
});

describe('buildExportFile', () => {
  const data = loadDataset();
  const scope = data.articles[0];

  it("names each format's file after the article (or the library) and the day, with its mime type", () => {
    const expected = {
      gloss: ['.gloss.json', 'application/json'],
      w3c: ['.w3c.jsonld', 'application/ld+json'],
      csv: ['.csv', 'text/csv'],
      markdown: ['.md', 'text/markdown'],
      claimreview: ['.claimreview.jsonld', 'application/ld+json'],
    };
    const slug = 'shaanxi-model-workers-helped-launch-the-action-of-developing';
    for (const format of EXPORT_FORMATS) {
      const [ext, mime] = expected[format];
      const one = buildExportFile(format, data, scope, EXPORTED_AT);
      expect(one.filename).toBe(`${slug}-2024-06-01${ext}`);
      expect(one.mime).toBe(mime);
      expect(buildExportFile(format, data, null, EXPORTED_AT).filename).toBe(
        `gloss-library-2024-06-01${ext}`,
      );
      expect(EXPORT_LABELS[format]).toMatch(/^Export /);
    }
  });

  it('writes the same text as the reference exports', () => {
    expect(buildExportFile('gloss', data, scope, EXPORTED_AT).text).toBe(
      readFixture('expected-gloss.json'),
    );
    expect(buildExportFile('w3c', data, scope, EXPORTED_AT).text).toBe(
      readFixture('expected-w3c.jsonld'),
    );
    expect(buildExportFile('claimreview', data, scope, EXPORTED_AT).text).toBe(
      readFixture('expected-claim-review.jsonld'),
    );
    expect(buildExportFile('markdown', data, scope, EXPORTED_AT).text).toBe(
      readFixture('expected.md'),
    );
  });

  it('writes a library larger than PRETTY_EXPORT_LIMIT compact: the same JSON, a fraction of the bytes', () => {
    // A reviewed claim, so that every format (ClaimReview publishes reviewed claims only) has rows.
    const first = data.annotations.find((a) => a.claim && a.claim.status !== 'unverified')!;
    const large = {
      ...data,
      annotations: Array.from({ length: PRETTY_EXPORT_LIMIT + 1 }, (_, i) => ({
        ...first,
        id: `big-${i}`,
      })),
    };
    for (const format of ['gloss', 'w3c', 'claimreview'] as const) {
      const text = buildExportFile(format, large, null, EXPORTED_AT).text;
      expect(text.split('\n').length).toBe(2); // one line of JSON and the final newline
      expect(text.length).toBeLessThan(JSON.stringify(JSON.parse(text), null, 2).length * 0.75);
    }
    // The small reference library stays indented (previous test); so does one at the limit.
    const atLimit = { ...large, annotations: large.annotations.slice(0, PRETTY_EXPORT_LIMIT) };
    expect(
      buildExportFile('gloss', atLimit, null, EXPORTED_AT).text.split('\n').length,
    ).toBeGreaterThan(PRETTY_EXPORT_LIMIT);
    expect(
      JSON.parse(buildExportFile('gloss', large, null, EXPORTED_AT).text).annotations,
    ).toHaveLength(PRETTY_EXPORT_LIMIT + 1);
  });

  it('starts the CSV with a byte-order mark so spreadsheet apps read it as UTF-8', () => {
    const csv = buildExportFile('csv', data, scope, EXPORTED_AT).text;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(readFixture('expected.csv').replace(/^\uFEFF/, ''));
  });

  it('slugs a title with accents and punctuation', () => {
    const file = buildExportFile(
      'markdown',
      data,
      { ...scope, title: 'Café prices — a “report”!' },
      EXPORTED_AT,
    );
    expect(file.filename).toBe('cafe-prices-a-report-2024-06-01.md');
    expect(buildExportFile('markdown', data, { ...scope, title: '“”' }, EXPORTED_AT).filename).toBe(
      'gloss-2024-06-01.md',
    );
  });
});
