import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import { readExtensionDb } from './harness/idb';
import { annotationRecord } from './harness/records';
import { sendFromExtensionPage } from './harness/page';
import { EXPORT_LABELS, type ExportFormat } from '../../utils/interchange/export-files';
import { buildW3cExport, type ExportData } from '../../utils/interchange/export';
import { PRETTY_EXPORT_LIMIT } from '../../utils/interchange/export/gloss-json';
import { inExportOrder } from '../../utils/interchange/export/order';
import { EXPORT_PAGE_SIZE } from '../../utils/store/export-reads';

/**
 * The library as a reader reviews with it: search that finds verdict notes and titles and marks
 * what it found, sortable tables, the claims queue by status, an article read in context, an
 * entity's page, tags and a freely typed claimant. The library is filled through its own import.
 */
const suite = useGlossSuite();
/** An annotation's tags as stored, read past Gloss's code. */
const storedTags = async (id: string) =>
  (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.id === id)?.tags;

const BAOJI = 'http://127.0.0.1:9/library/baoji.html';
const WHALE = 'http://127.0.0.1:9/library/whale.html';
const CONGRESS = 'http://127.0.0.1:9/library/congress.html';
const STAMP = '2024-05-18T09:00:00.000Z';
const CLAIM_QUOTE = 'built 18 national-level specialised firms';
const VERDICT = 'The MIIT list names 11 Baoji firms, not 18';
const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const PARAGRAPHS = [
  'Baoji has built 18 national-level specialised firms, the city government said on Monday.',
  'Wang Jun, who chairs the provincial federation, praised the result.',
];

const article = (
  url: string,
  title: string,
  byline: string,
  savedAt: string,
  publishedTime: string,
) => ({
  url,
  canonicalUrl: null,
  title,
  byline,
  siteName: 'Example Wire',
  publishedTime,
  lang: 'en',
  excerpt: null,
  length: 1000,
  textHash: null,
  dismissedSuggestions: [],
  savedAt,
  updatedAt: savedAt,
});

const LIBRARY_FILE = {
  format: 'gloss',
  version: 1,
  exportedAt: STAMP,
  articles: [
    article(
      BAOJI,
      'Baoji firms make the national list',
      'Li Hua',
      '2024-05-18T10:00:00.000Z',
      '2024-05-17',
    ),
    article(
      WHALE,
      'The whale that came back',
      'Jonah Sea',
      '2024-05-19T10:00:00.000Z',
      '2024-05-01',
    ),
    article(
      CONGRESS,
      'Trade union congress opens',
      'A. Reporter',
      '2024-05-20T10:00:00.000Z',
      '2024-05-20',
    ),
  ],
  entities: [
    {
      id: 'wang-jun',
      type: 'person',
      name: 'Wang Jun',
      normalizedName: 'wang jun',
      aliases: [],
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  ],
  annotations: [
    annotationRecord('baoji-claim', BAOJI, {
      type: 'claim',
      quote: CLAIM_QUOTE,
      prefix: 'Baoji has ',
      suffix: ', the city government said',
      selectors: [{ type: 'TextPositionSelector', start: 10, end: 10 + CLAIM_QUOTE.length }],
      createdAt: '2024-05-18T10:01:00.000Z',
      claim: { status: 'disputed', evidenceUrl: '', note: VERDICT, claimantId: null },
    }),
    annotationRecord('baoji-wang', BAOJI, {
      type: 'person',
      quote: 'Wang Jun',
      prefix: 'said on Monday. ',
      suffix: ', who chairs the provincial',
      note: 'Chairs the provincial federation',
      entityId: 'wang-jun',
      selectors: [{ type: 'TextPositionSelector', start: 92, end: 100 }],
      createdAt: '2024-05-18T10:02:00.000Z',
    }),
    annotationRecord('whale-hl', WHALE, {
      quote: 'the animal surfaced twice',
      prefix: 'Watchers said ',
      suffix: ' before noon. Boats',
      note: MARKUP,
      createdAt: '2024-05-19T10:01:00.000Z',
    }),
    annotationRecord('congress-claim', CONGRESS, {
      type: 'claim',
      quote: 'more than four hundred delegates',
      prefix: 'opened on Monday with ',
      suffix: ' attending the first session.',
      createdAt: '2024-05-20T10:01:00.000Z',
      claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
    }),
  ],
};

/** The library page over exactly LIBRARY_FILE: emptied, then filled through its own import. */
async function openFilledLibrary(): Promise<Page> {
  const library = await suite.gloss.openLibrary();
  await sendFromExtensionPage(library, 'library:clear', {});
  await library.getByLabel('Import file').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(LIBRARY_FILE)),
  });
  await expect
    .poll(() => library.locator('.import-result').textContent())
    .toContain('Imported 4 annotations');
  await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(3);
  return library;
}

const titles = (library: Page) =>
  library.locator('table.articles tbody tr td:first-child > a:first-child').allTextContents();
const claimRow = (library: Page, id: string) =>
  library.locator(`table.claims tbody tr[data-annotation-id="${id}"]`);

describe('the library', () => {
  it('greets a first-time reader with one line of help and a calm storage line', async () => {
    const library = await suite.gloss.openLibrary();
    await expect
      .poll(() => library.locator('.first-run').textContent())
      .toContain('Your library is empty.');
    expect(await library.locator('table').count()).toBe(0);
    const storage = library.locator('.storage-status');
    expect(await storage.locator('summary').textContent()).toMatch(
      /^Stored in this browser only, never sent anywhere/,
    );
    // Whether the browser promised to keep it is one click away, not a warning on every open.
    expect(await storage.locator('p').isVisible()).toBe(false);
    await storage.locator('summary').click();
    await expect
      .poll(() => storage.locator('p').textContent())
      .toMatch(/export keeps a copy|Exports are your copy/);
    await library.close();
  });

  it('searches verdict notes and titles, marks what it found, and narrows every section to it', async () => {
    const library = await openFilledLibrary();
    // The README's screenshots are this library, remade on every run, light and dark.
    await library.setViewportSize({ width: 1100, height: 900 });
    await library.screenshot({ path: 'docs/library.png' });
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.screenshot({ path: 'docs/library-dark.png' });
    await library.emulateMedia({ colorScheme: 'light' });
    const search = library.getByRole('searchbox');

    await search.fill('MIIT');
    await expect.poll(() => library.locator('table.claims tbody tr').count()).toBe(1);
    await expect.poll(() => titles(library)).toEqual(['Baoji firms make the national list']);
    expect(
      await claimRow(library, 'baoji-claim').locator('.verdict-note mark').allTextContents(),
    ).toEqual(['MIIT']);
    expect(await library.locator('.search-results [data-annotation-id]').count()).toBe(1);

    await search.fill('whale');
    await expect.poll(() => titles(library)).toEqual(['The whale that came back']);
    expect(await library.locator('table.articles mark').allTextContents()).toEqual(['whale']);
    // Found by its title alone: no annotation, claim or entity matches.
    await expect
      .poll(() => library.locator('#claims .empty').textContent())
      .toContain('Nothing here matches');
    expect(await library.locator('.search-results [data-annotation-id]').count()).toBe(0);

    // Stored text that looks like markup is found and shown as text.
    await search.fill('onerror');
    await expect.poll(() => library.locator('.search-results .note').textContent()).toBe(MARKUP);
    expect(await library.locator('.search-results img, .search-results b').count()).toBe(0);
    expect(await library.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBe(
      null,
    );

    await search.fill('');
    await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(3);
    await library.close();
  });

  it('sorts tables by their headers, filters claims by status, and keeps counts under the Type filter', async () => {
    const library = await openFilledLibrary();
    const articles = library.locator('table.articles');
    // Most recently saved first by default.
    expect(await titles(library)).toEqual([
      'Trade union congress opens',
      'The whale that came back',
      'Baoji firms make the national list',
    ]);
    await articles.getByRole('button', { name: 'Title' }).click();
    await expect
      .poll(() => titles(library))
      .toEqual([
        'Baoji firms make the national list',
        'The whale that came back',
        'Trade union congress opens',
      ]);
    expect(await articles.locator('th[aria-sort]').allTextContents()).toEqual(['Title ▲']);
    expect(await articles.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await articles.getByRole('button', { name: 'Title' }).click();
    await expect.poll(() => titles(library).then((t) => t[0])).toBe('Trade union congress opens');
    expect(await articles.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    await articles.getByRole('button', { name: 'Published' }).click();
    await expect
      .poll(() => titles(library))
      .toEqual([
        'Trade union congress opens',
        'Baoji firms make the national list',
        'The whale that came back',
      ]);

    // The claims queue: by status, then only the disputed ones, with the verdict note shown.
    const claims = library.locator('table.claims');
    const claimIds = () =>
      claims
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-annotation-id')));
    await expect.poll(claimIds).toEqual(['congress-claim', 'baoji-claim']);
    await claims.getByRole('button', { name: 'Status' }).click();
    await expect.poll(claimIds).toEqual(['congress-claim', 'baoji-claim']);
    await claims.getByRole('button', { name: 'Status' }).click();
    await expect.poll(claimIds).toEqual(['baoji-claim', 'congress-claim']);
    expect(await claims.locator('th[aria-sort="descending"]').textContent()).toBe('Status ▼');
    await library.getByLabel('Show claims with status').selectOption('disputed');
    await expect.poll(claimIds).toEqual(['baoji-claim']);
    expect(await claimRow(library, 'baoji-claim').locator('.verdict-note').textContent()).toBe(
      VERDICT,
    );
    await library.getByLabel('Show claims with status').selectOption('all');

    // Type: Claims. Only the claims column shows, and its counts are the articles' claims.
    await library.getByRole('combobox', { name: /^Type/ }).selectOption('claim');
    await expect
      .poll(() => articles.locator('thead th').allTextContents())
      .toEqual(['Title', 'Site', 'Published ▼', 'Claims', 'Saved']);
    await expect.poll(() => articles.locator('td.count').allTextContents()).toEqual(['1', '1']);
    await library.close();
  });

  it('reads an article in context: the saved text with its passages marked and notes beside, or each quote in its sentence', async () => {
    const library = await openFilledLibrary();
    // Gloss keeps a text snapshot when it is on (schema v4); written here as the background would.
    await library.evaluate(
      async ({ url, paragraphs }) => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const req = indexedDB.open('gloss');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('snapshots', 'readwrite');
          tx.objectStore('snapshots').put({
            articleUrl: url,
            paragraphs,
            textHash: 'sha256-test',
            takenAt: '2024-05-18T10:00:00.000Z',
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { url: BAOJI, paragraphs: PARAGRAPHS },
    );
    await library
      .locator(`table.articles tr[data-url="${BAOJI}"]`)
      .getByRole('link', { name: 'Annotations in context' })
      .click();
    expect(decodeURIComponent(new URL(library.url()).hash)).toBe(`#article=${BAOJI}`);
    const view = library.locator('article.article-view');
    await expect
      .poll(() => view.getByRole('heading', { level: 2 }).textContent())
      .toBe('Baoji firms make the national list');
    expect(await view.locator('.byline').textContent()).toContain('Li Hua');
    expect(await view.locator('.saved-text mark.passage').allTextContents()).toEqual([
      CLAIM_QUOTE,
      'Wang Jun',
    ]);
    // Each note sits beside the paragraph its passage is in.
    const rows = view.locator('.saved-text .passage-row');
    expect(await rows.nth(0).locator('.margin-note .verdict-note').textContent()).toBe(
      `Verdict: ${VERDICT}`,
    );
    expect(await rows.nth(1).locator('.margin-note .note').textContent()).toBe(
      'Chairs the provincial federation',
    );
    await library.setViewportSize({ width: 1100, height: 700 });
    await library.screenshot({ path: 'docs/library-article.png' });

    // Back to the library, then an article without a snapshot: its quote in its sentence.
    await library.goBack();
    await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(3);
    await library
      .locator(`table.articles tr[data-url="${CONGRESS}"]`)
      .getByRole('link', { name: 'Annotations in context' })
      .click();
    await expect
      .poll(() => library.locator('.article-view blockquote.in-context').textContent())
      .toBe('…opened on Monday with more than four hundred delegates attending the first session.');
    await library.close();
  });

  it('adds, renames and filters by tags, and attributes a claim to a typed name, shown on the entity page', async () => {
    const library = await openFilledLibrary();
    const row = claimRow(library, 'baoji-claim');
    await row.getByLabel('Add a tag').fill('Baoji');
    await row.getByLabel('Add a tag').press('Enter');
    await expect.poll(() => storedTags('baoji-claim')).toEqual(['Baoji']);
    const tagEntry = library.locator('#tags').getByRole('listitem', { name: 'Baoji' });
    await expect.poll(() => tagEntry.count()).toBe(1);
    await tagEntry.locator('summary').click();
    await tagEntry.getByLabel('New name').fill('Shaanxi figures');
    await tagEntry.getByRole('button', { name: 'Rename tag' }).click();
    await expect.poll(() => storedTags('baoji-claim')).toEqual(['Shaanxi figures']);
    await library.locator('#tags').getByRole('button', { name: 'Shaanxi figures' }).click();
    await expect.poll(() => titles(library)).toEqual(['Baoji firms make the national list']);
    expect(await library.getByRole('combobox', { name: /^Tag/ }).inputValue()).toBe(
      'Shaanxi figures',
    );
    await library.getByRole('combobox', { name: /^Tag/ }).selectOption('');
    await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(3);
    await row.getByRole('button', { name: 'Remove tag Shaanxi figures' }).click();
    await expect.poll(() => storedTags('baoji-claim')).toEqual([]);
    await expect.poll(() => library.locator('#tags-title').textContent()).toBe('Tags (0)');

    // A claimant typed freely: a known name links that person, a new one creates an organization.
    const congress = claimRow(library, 'congress-claim');
    await congress.getByRole('button', { name: 'Say who made this claim' }).click();
    await congress.getByLabel('Claimant', { exact: true }).fill('wang jun');
    await congress.getByLabel('Claimant', { exact: true }).press('Enter');
    await expect.poll(() => congress.locator('.claimant a').textContent()).toBe('Wang Jun');
    const baoji = claimRow(library, 'baoji-claim');
    await baoji.getByRole('button', { name: 'Say who made this claim' }).click();
    await baoji.getByLabel('Claimant', { exact: true }).fill('Baoji city government');
    await baoji.getByLabel('Claimant is a').selectOption('organization');
    await baoji.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => baoji.locator('.claimant a').textContent())
      .toBe('Baoji city government');
    const db = await readExtensionDb(suite.gloss.worker);
    const government = db.entities.find((e) => e.name === 'Baoji city government');
    expect(government?.type).toBe('organization');
    expect(db.annotations.find((a) => a.id === 'congress-claim')?.claim?.claimantId).toBe(
      'wang-jun',
    );

    // Wang Jun's page: the mention in its sentence with its note and article, and the claim attributed.
    await congress.locator('.claimant a').click();
    const page = library.locator('article.entity-page');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Person Wang Jun');
    const mention = page.locator('.mention');
    expect(await mention.locator('blockquote').textContent()).toBe(
      'Wang Jun, who chairs the provincial…',
    );
    expect(await mention.locator('.note').textContent()).toBe('Chairs the provincial federation');
    expect(await mention.getByRole('link').first().textContent()).toBe(
      'Baoji firms make the national list',
    );
    expect(await page.locator('.attributed blockquote mark').textContent()).toBe(
      'more than four hundred delegates',
    );
    expect(await page.locator('#attributed-title').textContent()).toBe('Claims attributed (1)');
    await library.close();
  });
  it('exports a library too large to indent, written while it is read, its later half by a worker: every annotation, in reading order, on one line', async () => {
    // Past PRETTY_EXPORT_LIMIT, and two pages of EXPORT_PAGE_SIZE or more: the export is streamed,
    // and a worker writes the later half (utils/store/export-reads.ts, exportLibrary).
    const count = Math.max(PRETTY_EXPORT_LIMIT + 1, 2 * EXPORT_PAGE_SIZE) + 7;
    const urls = [BAOJI, WHALE, CONGRESS];
    const annotations = Array.from({ length: count }, (_, i) =>
      annotationRecord(`${((i * 7919) % count).toString(36).padStart(4, '0')}-${i}`, urls[i % 3], {
        quote: `quote ${i}`,
        note: i % 3 ? '' : `note, "${i}"`,
        selectors: [
          { type: 'TextPositionSelector', start: (i * 37) % 1000, end: ((i * 37) % 1000) + 5 },
        ],
      }),
    );
    const data = { ...LIBRARY_FILE, annotations };
    const library = await suite.gloss.openLibrary();
    await sendFromExtensionPage(library, 'library:clear', {});
    await library.getByLabel('Import file').setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await expect
      .poll(() => library.locator('.import-result').textContent(), { timeout: 20_000 })
      .toContain(`Imported ${count} annotations`);

    // Each export starts its own worker; had one failed, or not read beside the page, the page would
    // have written the whole file and said so in the console.
    const workers: string[] = [];
    const saidFallback: string[] = [];
    library.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    library.on('console', (m) => m.text().includes('export worker') && saidFallback.push(m.text()));
    const download = async (format: ExportFormat) => {
      const [file] = await Promise.all([
        library.waitForEvent('download'),
        library.getByRole('button', { name: EXPORT_LABELS[format] }).click(),
      ]);
      return fs.readFileSync((await file.path())!, 'utf8');
    };
    // The same annotations, in the same order, as the whole-read export builds them in node from
    // the records as the database hands them over (by id: equal places keep that order).
    const byId = [...annotations].sort((a, b) => (a.id < b.id ? -1 : 1));
    const expected = inExportOrder({ ...data, annotations: byId } as unknown as ExportData);
    const w3c = await download('w3c');
    expect(w3c.split('\n')).toHaveLength(2);
    expect(JSON.parse(w3c).first.items).toEqual(buildW3cExport(expected).first.items);
    const gloss = JSON.parse(await download('gloss'));
    expect(gloss.annotations).toEqual(expected.annotations);
    expect(gloss.articles.map((a: { url: string }) => a.url)).toEqual([BAOJI, WHALE, CONGRESS]);
    const csv = await download('csv');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(count + 1);
    expect(workers).toEqual(['/export-worker.js', '/export-worker.js', '/export-worker.js']);
    expect(saidFallback).toEqual([]);
    await library.close();
  });
});
