import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import { corpusPages, seedHtml } from './harness/server';
import {
  cardFrame,
  cardFrames,
  collapse,
  focusedCardField,
  paintedRanges,
  paintedTexts,
  selectText,
  tagText,
  waitForPainted,
  closeCard,
} from './harness/page';
import { readExtensionDb } from './harness/idb';

const PERSON = 'Wang Jun';
const ORG = 'Shaanxi Federation of Trade Unions';
const CLAIM =
  'Baoji has built 18 national intelligent manufacturing enterprises, 125 innovation studios above the municipal level, 281 craftsmen, chief technicians and technical experts in various fields, and more than 350000 high-quality industrial workers';

const suite = useGlossSuite();

describe('select, tag, reload, see it back', () => {
  it('tags on the seed page from the toolbar, paints at once, and restores after reload', async () => {
    const html = seedHtml();
    const url = suite.server.set('/seed/a.html', html);
    const page = await suite.open(url);

    await tagText(page, PERSON, 'Person');
    expect(await paintedRanges(page)).toContainEqual(['gloss-person', PERSON]);
    // The card opens without blocking, framed in the tab, with the focus in its note field; what
    // the reader types there is saved, and Escape closes it.
    expect(
      await (await cardFrame(page)).getByRole('dialog', { name: 'Gloss Person' }).count(),
    ).toBe(1);
    await expect.poll(() => focusedCardField(page)).toBe('Note');
    await page.keyboard.type('Executive Vice Chairman, Shaanxi FTU');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardFrames(page).length).toBe(0);

    await tagText(page, ORG, 'Organization');
    await closeCard(page);
    await tagText(page, CLAIM, 'Claim');
    await closeCard(page);

    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).annotations.length)
      .toBe(3);
    const db = await readExtensionDb(suite.gloss.worker);
    expect(db.annotations.find((a) => a.type === 'person')?.note).toBe(
      'Executive Vice Chairman, Shaanxi FTU',
    );
    expect(db.annotations.find((a) => a.type === 'claim')?.claim?.status).toBe('unverified');
    expect(db.entities.map((e) => e.name).sort()).toEqual([ORG, PERSON].sort());
    expect(db.articles.map((a) => a.url)).toEqual([url]); // the first annotation saved the article

    await page.reload({ waitUntil: 'domcontentloaded' });
    const restored = await waitForPainted(page, 3);
    // ORG appears inside the person's paragraph too; the painted one is the tagged occurrence.
    expect(restored).toEqual([CLAIM, ORG, PERSON].sort());
    const names = (await paintedRanges(page)).map(([name]) => name).sort();
    expect(names).toEqual(['gloss-claim', 'gloss-organization', 'gloss-person']);

    // Clicking the painted highlight opens its card with the saved note.
    const box = await page.evaluate((quote) => {
      for (const [, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
        for (const r of h)
          if (r.toString() === quote) {
            const rect = r.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
      return null;
    }, PERSON);
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x, box!.y);
    const opened = await cardFrame(page);
    await expect
      .poll(() =>
        opened.getByRole('dialog', { name: 'Gloss Person' }).getByLabel('Note').inputValue(),
      )
      .toBe('Executive Vice Chairman, Shaanxi FTU');
    // A card opened by a click on a mark leaves the keyboard with the page.
    expect(await focusedCardField(page)).toBeNull();
    await page.close();
  });

  it('tags with the keyboard shortcut Alt+Shift+H, and the note can be typed straight away', async () => {
    const url = suite.server.set('/seed/shortcut.html', seedHtml());
    const page = await suite.open(url);
    const text = 'the launching ceremony';
    await selectText(page, text);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-highlight', text]);
    // The card opened from the keyboard has the focus in its note field (how soon: npm run bench).
    await expect.poll(() => focusedCardField(page)).toBe('Note');
    await page.keyboard.type('Typed without the mouse');
    await page.keyboard.press('Escape');
    await expect
      .poll(
        async () =>
          (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.quote === text)
            ?.note,
      )
      .toBe('Typed without the mouse');
    await page.close();
  });

  it('loads the next card, unseen, while the reader selects, and opens the card in it', async () => {
    const url = suite.server.set('/seed/frame-ahead.html', seedHtml());
    const page = await suite.open(url);
    const frameCount = () => page.frames().filter((f) => !f.isDetached()).length;
    const before = frameCount();
    await selectText(page, 'the launching ceremony');
    // While the reader selects: one more frame, hidden in a closed shadow root, with the card in it.
    await expect.poll(frameCount).toBe(before + 1);
    await expect.poll(() => cardFrames(page).length).toBe(1);
    const [ahead] = cardFrames(page);
    // It waits unseen for its token, longer than a card a page frames waits before it refuses.
    await page.waitForTimeout(3500);
    expect(await (await ahead.frameElement()).isVisible()).toBe(false);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => focusedCardField(page)).toBe('Note');
    // The card opened in that frame: no frame was created in the keypress.
    expect(frameCount()).toBe(before + 1);
    expect(cardFrames(page)).toEqual([ahead]);
    expect(await (await ahead.frameElement()).isVisible()).toBe(true);
    expect(await ahead.locator('body').innerText()).not.toContain('not opened by Gloss');
    await page.keyboard.press('Escape');
    await expect.poll(frameCount).toBe(before);
    await page.close();
  });

  it('survives edits: an inserted paragraph and a changed word elsewhere; a deleted sentence becomes an orphan', async () => {
    const original = seedHtml();
    const url = suite.server.set('/seed/edited.html', original);
    const page = await suite.open(url);
    await tagText(page, PERSON, 'Person');
    await closeCard(page);
    await tagText(page, CLAIM, 'Claim');
    await closeCard(page);
    await expect
      .poll(
        async () =>
          (await readExtensionDb(suite.gloss.worker)).annotations.filter(
            (a) => a.articleUrl === url,
          ).length,
      )
      .toBe(2);

    // The site edits the story: a paragraph inserted at the top, a word changed elsewhere.
    const edited = original
      .replace(
        '<p class="byline">',
        '<p>Editor\'s note: this story was updated on May 18 with new figures.</p>\n<p class="byline">',
      )
      .replace('launching ceremony', 'opening ceremony');
    expect(edited).not.toBe(original);
    suite.server.set('/seed/edited.html', edited);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForPainted(page, 2)).toEqual([CLAIM, PERSON].sort());

    // The claim's sentence is deleted: it must be painted nowhere, and nothing painted in its place.
    const withoutClaim = edited.replace(
      /Duan Xiaolong said in his speech[^<]*?industrial workers\./,
      '',
    );
    expect(withoutClaim).not.toContain('350000 high-quality');
    suite.server.set('/seed/edited.html', withoutClaim);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForPainted(page, 1);
    await page.waitForTimeout(500);
    expect(await paintedTexts(page)).toEqual([PERSON]);
    const panel = await suite.gloss.openSidePanel(page);
    const orphans = panel.getByRole('region', { name: 'Not found on this page' });
    await expect.poll(() => orphans.locator('.quote').allTextContents()).toEqual([CLAIM]);
    await Promise.all([panel.close(), page.close()]);
  });
});

const corpus = corpusPages().filter((p) =>
  ['bbc-1', 'guardian-1', 'nytimes-1', 'wapo-1', 'lemonde-1', 'wikipedia'].includes(p.name),
);

describe.skipIf(corpus.length === 0)('on real news pages', () => {
  it.each(corpus.map((p) => [p.name, p] as const))(
    '%s: highlight a sentence, reload, painted again',
    async (name, p) => {
      const url = suite.server.set(`/corpus-hl/${name}/`, p.html);
      const page = await suite.open(url);
      // A sentence from the article's longest paragraph: real text nobody here wrote.
      const text = await page.evaluate(() => {
        const paragraphs = Array.from(document.querySelectorAll('article p, main p, p')).filter(
          (p) => (p as HTMLElement).offsetParent !== null,
        );
        const longest = paragraphs.sort(
          (a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0),
        )[0];
        const words = (longest?.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ');
        return words.slice(2, 12).join(' ');
      });
      expect(text.length).toBeGreaterThan(20);
      await tagText(page, text, 'Highlight');
      expect((await paintedTexts(page)).map(collapse)).toContain(collapse(text));
      await page.keyboard.press('Escape');
      await expect
        .poll(
          async () =>
            (await readExtensionDb(suite.gloss.worker)).annotations.filter(
              (a) => a.articleUrl === url,
            ).length,
        )
        .toBe(1);
      await page.reload({ waitUntil: 'domcontentloaded' });
      expect(await waitForPainted(page, 1)).toEqual([collapse(text)]);
      await page.close();
    },
  );
});

if (corpus.length === 0)
  console.warn('[gloss e2e] ../shared/corpus not found: corpus highlight tests skipped.');
