import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import { paintedTexts, tagText, waitForPainted } from './harness/page';
import { readExtensionDb } from './harness/idb';
import { STORY_A, STORY_B, singlePageApp, storyLater, storyNow } from './pages/changing';

const suite = useGlossSuite();

describe('pages that change under Gloss', () => {
  it('an annotation orphaned while the page is still rendering is painted once its text arrives', async () => {
    const url = suite.server.set('/changing/late.html', storyNow());
    const page = await suite.open(url);
    const quote = 'cargo volumes had fallen by a third';
    await tagText(page, quote, 'Claim');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).annotations.length)
      .toBe(1);

    suite.server.set('/changing/late.html', storyLater(1500));
    await page.reload({ waitUntil: 'domcontentloaded' });
    // Before the text arrives the annotation is an orphan: nothing painted, and nothing painted elsewhere.
    await page.waitForTimeout(700);
    expect(await paintedTexts(page)).toEqual([]);
    const panel = await suite.gloss.openSidePanel(page);
    await expect
      .poll(() =>
        panel
          .getByRole('region', { name: 'Not found on this page' })
          .locator('.quote')
          .allTextContents(),
      )
      .toEqual([quote]);
    // Then the page renders it, and the debounced re-anchoring paints it; the page pushes its new
    // anchor state to the open side panel (nothing polls).
    expect(await waitForPainted(page, 1, 8000)).toEqual([quote]);
    await expect.poll(() => panel.locator('.standing-label').allTextContents()).toEqual(['Found']);
    await Promise.all([panel.close(), page.close()]);
  });

  it('a single-page app: each history entry shows its own annotations', async () => {
    const urlA = suite.server.set('/spa/a', singlePageApp());
    suite.server.set('/spa/b', singlePageApp());
    const page = await suite.open(urlA);
    const quoteA = 'reopened the north terminal';
    const quoteB = 'extend the academic year by five days';
    await tagText(page, quoteA, 'Highlight');
    await page.keyboard.press('Escape');

    await page.click('#go-b');
    await expect.poll(() => page.url()).toMatch(/\/spa\/b$/);
    await expect.poll(() => page.locator('article').textContent()).toContain(STORY_B[0]);
    // The old page's annotation is not painted over the new story.
    await expect.poll(() => paintedTexts(page), { timeout: 8000 }).toEqual([]);
    await tagText(page, quoteB, 'Highlight');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () =>
        (await readExtensionDb(suite.gloss.worker)).annotations
          .filter((a) => a.articleUrl.includes('/spa/'))
          .map((a) => [a.articleUrl.replace(/^.*\/spa\//, ''), a.quote])
          .sort(),
      )
      .toEqual([
        ['a', quoteA],
        ['b', quoteB],
      ]);

    await page.goBack();
    await expect.poll(() => page.locator('article').textContent()).toContain(STORY_A[0]);
    await expect.poll(() => paintedTexts(page), { timeout: 8000 }).toEqual([quoteA]);
    await page.close();
  });
});
