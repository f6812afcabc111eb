import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import { corpusPages, seedHtml } from './harness/server';
import { readExtensionDb } from './harness/idb';

const SEED_TITLE =
  'Shaanxi model workers helped launch the action of developing new quality productivity';
const corpus = corpusPages();

const suite = useGlossSuite();

describe('article detection and saving', () => {
  it('finds the seed article, saves it in the extension origin and lists it in the library', async () => {
    const url = suite.server.set('/news/seed.html', seedHtml());
    const page = await suite.open(url);

    const popup = await suite.gloss.openPopup(page);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(SEED_TITLE);
    await expect.poll(() => popup.locator('.article-meta').textContent()).toContain('Mao Rongxi');
    await expect
      .poll(() => popup.locator('.article-meta').textContent())
      .toContain('China Industrial Network');
    await expect.poll(() => popup.locator('.count').textContent()).toBe('0 annotations');

    // Nothing is recorded until the reader asks.
    expect((await readExtensionDb(suite.gloss.worker)).articles).toHaveLength(0);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).articles.map((a) => a.title))
      .toEqual([SEED_TITLE]);
    const [record] = (await readExtensionDb(suite.gloss.worker)).articles;
    expect(record.url).toBe(url);
    expect(record.byline).toBe('Mao Rongxi');
    expect(record.canonicalUrl).toBeNull(); // the canonical points at another host: not trusted as an alias
    expect(record.textHash).toMatch(/^[0-9a-f]+$/);

    // The page's own origin holds no Gloss database.
    const pageDbs = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(pageDbs).not.toContain('gloss');

    const library = await suite.gloss.openLibrary();
    await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(1);
    await expect
      .poll(() => library.getByRole('link', { name: SEED_TITLE }).getAttribute('href'))
      .toBe(url);
    expect(await library.locator('tbody tr td').nth(1).textContent()).toBe(
      'China Industrial Network',
    );
    await Promise.all([popup.close(), library.close(), page.close()]);
  });

  it('says so when a page has no article', async () => {
    const url = suite.server.set(
      '/plain.html',
      '<!doctype html><html lang="en"><head><title>Login</title></head><body><form><input name=u><button>Sign in</button></form></body></html>',
    );
    const page = await suite.open(url);
    const popup = await suite.gloss.openPopup(page);
    await expect.poll(() => popup.getByText('No article found on this page').count()).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  describe.skipIf(corpus.length === 0)('every shared corpus page', () => {
    it.each(corpus.map((p) => [p.name, p] as const))(
      '%s: the article is detected with its title',
      async (name, p) => {
        const url = suite.server.set(`/corpus/${name}/`, p.html);
        const page = await suite.open(url);
        const popup = await suite.gloss.openPopup(page);
        await expect
          .poll(() => popup.locator('h1').textContent(), { timeout: 15_000 })
          .toBe(p.title);
        await Promise.all([popup.close(), page.close()]);
      },
    );
  });
});

if (corpus.length === 0)
  console.warn('[gloss e2e] ../shared/corpus not found: corpus pages skipped.');
