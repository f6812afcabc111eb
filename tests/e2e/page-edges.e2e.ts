import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import {
  cardFrame,
  cardFrames,
  closeCard,
  focusedCardField,
  selectText,
  tagText,
  sendFromExtensionPage,
} from './harness/page';
import { readExtensionDb } from './harness/idb';
import { CLAIM, NAME, SECOND_CLAIM, TARGET, edgesPage } from './pages/edges';
import { statusBoxes, whatThePageSees } from './harness/status-layer';

/**
 * The rough edges a reader hits on the page (issue 12): the toolbar and the card inside the window,
 * beside the text and following it, a choice between overlapping marks, each claim's status
 * underlined where the page cannot read it, and the keyboard back where the reader was.
 */
const suite = useGlossSuite();
const VIEW = { width: 1280, height: 900 }; // the harness's viewport

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const rectOf = (b: Box) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
type Rect = ReturnType<typeof rectOf>;
const overlaps = (a: Rect, b: Rect) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const inView = (r: Rect) =>
  r.left >= 0 && r.top >= 0 && r.right <= VIEW.width && r.bottom <= VIEW.height;

type Edge = 'top' | 'bottom' | 'middle';

/** The line boxes of `text` now; first scrolled so its last line sits at `edge` of the window. */
async function linesOf(page: Page, text: string, edge?: Edge): Promise<Rect[]> {
  const flat = await page.evaluate(
    ([text, edge]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + (text as string).length);
        const lines = () => [...range.getClientRects()].filter((r) => r.width > 0);
        const before = lines();
        if (edge === 'bottom')
          window.scrollBy(0, before[before.length - 1].bottom - innerHeight + 3);
        if (edge === 'top') window.scrollBy(0, before[0].top - 3);
        if (edge === 'middle') window.scrollBy(0, before[0].top - innerHeight / 2);
        return lines()
          .map((r) => [r.left, r.top, r.right, r.bottom].join(','))
          .join(';');
      }
      return '';
    },
    [text, edge ?? null] as const,
  );
  if (!flat) throw new Error(`Not on the page: ${text}`);
  return flat.split(';').map((r) => {
    const [left, top, right, bottom] = r.split(',').map(Number);
    return { left, top, right, bottom };
  });
}

/** Drags over the text as a reader would (whatever edge it is at) and returns its lines. */
async function drag(page: Page, text: string, edge: Edge): Promise<Rect[]> {
  const lines = await linesOf(page, text, edge);
  const first = lines[0];
  const last = lines[lines.length - 1];
  await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 6 });
  await page.mouse.up();
  return lines;
}

async function toolbarBoxes(page: Page): Promise<Rect[]> {
  const boxes: Rect[] = [];
  for (const name of ['Highlight', 'Person', 'Organization', 'Claim']) {
    const button = page.getByRole('button', { name, exact: true });
    await button.waitFor({ state: 'visible' });
    boxes.push(rectOf((await button.boundingBox())!));
  }
  return boxes;
}

/** The line under the last line of a selection, across the article's column. */
const lineBelow = (last: Rect): Rect => ({
  left: 0,
  right: VIEW.width,
  top: last.bottom,
  bottom: last.bottom + (last.bottom - last.top),
});

async function cardBox(page: Page): Promise<Rect> {
  const frame = await cardFrame(page);
  return rectOf((await (await frame.frameElement()).boundingBox())!);
}

describe('the toolbar and the card: inside the window, beside the text, following it', () => {
  it('a selection on the last line on screen: all four buttons visible, none over the text', async () => {
    const page = await suite.open(suite.server.set('/edges/bottom.html', edgesPage()));
    for (const edge of ['bottom', 'top', 'middle'] as const) {
      const lines = await drag(
        page,
        'Paragraph 20 of the council report covers routine business',
        edge,
      );
      const buttons = await toolbarBoxes(page);
      for (const b of buttons) {
        expect(inView(b), `${edge}: ${JSON.stringify(b)}`).toBe(true);
        for (const l of lines) expect(overlaps(b, l), `${edge}: over the text`).toBe(false);
        expect(overlaps(b, lineBelow(lines[lines.length - 1])), 'over the next line').toBe(false);
      }
      await page.mouse.click(20, 450); // clears the selection: the toolbar goes
    }
    await page.close();
  });

  it('a claim card for a selection at the bottom is fully visible, off the text, with the keyboard in it', async () => {
    const page = await suite.open(suite.server.set('/edges/card.html', edgesPage()));
    const lines = await drag(
      page,
      'Paragraph 25 of the council report covers routine business',
      'bottom',
    );
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await expect.poll(() => focusedCardField(page)).toBe('Note');
    // The frame takes the card's height once it has rendered: poll until it has.
    await expect
      .poll(async () => (await cardBox(page)).bottom - (await cardBox(page)).top)
      .toBeGreaterThan(250);
    const card = await cardBox(page);
    expect(inView(card), JSON.stringify(card)).toBe(true);
    for (const l of lines) expect(overlaps(card, l)).toBe(false);
    await page.close();
  });

  it('the toolbar and the card follow the text when the page scrolls', async () => {
    const page = await suite.open(suite.server.set('/edges/scroll.html', edgesPage()));
    const text = 'Paragraph 12 of the council report covers routine business';
    await drag(page, text, 'middle');
    const [before] = await linesOf(page, text);
    const bar = (await toolbarBoxes(page))[0];
    await page.mouse.move(40, 450); // the margin, not the text or a Gloss box
    await page.mouse.wheel(0, 150);
    await expect
      .poll(async () => (await linesOf(page, text))[0].top)
      .toBeLessThan(before.top - 100);
    const [after] = await linesOf(page, text);
    await expect
      .poll(async () => Math.round((await toolbarBoxes(page))[0].top - after.top))
      .toBe(Math.round(bar.top - before.top));

    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await cardFrame(page);
    const card = await cardBox(page);
    const [marked] = await linesOf(page, text);
    await page.mouse.move(40, 450);
    await page.mouse.wheel(0, -120);
    await expect
      .poll(async () => (await linesOf(page, text))[0].top)
      .toBeGreaterThan(marked.top + 100);
    const [moved] = await linesOf(page, text);
    await expect
      .poll(async () => Math.round((await cardBox(page)).top - moved.top))
      .toBe(Math.round(card.top - marked.top));
    await page.close();
  });
});

describe('overlapping marks, claim statuses and the keyboard', () => {
  it('a click on overlapping marks offers each, and opens the one chosen', async () => {
    const page = await suite.open(suite.server.set('/edges/overlap.html', edgesPage()));
    await tagText(page, CLAIM, 'Claim');
    await closeCard(page);
    await tagText(page, NAME, 'Person');
    await closeCard(page);
    const [name] = await linesOf(page, NAME);
    await page.mouse.click((name.left + name.right) / 2, (name.top + name.bottom) / 2);
    const chooser = page.getByRole('group', { name: 'Gloss: marks here' });
    await expect
      .poll(() => chooser.getByRole('button').allTextContents())
      .toEqual([`Person: “${NAME}”`, 'Claim: “Council member Maria Alvarez said the plan…”']);
    expect(cardFrames(page)).toHaveLength(0);
    await chooser.getByRole('button', { name: /^Claim:/ }).click();
    const card = await cardFrame(page);
    expect(await card.getByRole('dialog', { name: 'Gloss Claim' }).count()).toBe(1);
    await expect.poll(() => chooser.count()).toBe(0);
    await page.close();
  });

  it('each status has its own underline, and the page cannot tell which', async () => {
    const url = suite.server.set('/edges/status.html', edgesPage());
    const page = await suite.open(url);
    await tagText(page, CLAIM, 'Claim');
    await closeCard(page);
    await tagText(page, SECOND_CLAIM, 'Claim');
    await closeCard(page);
    const ofPage = async () =>
      (await readExtensionDb(suite.gloss.worker)).annotations.filter((a) => a.articleUrl === url);
    await expect.poll(async () => (await ofPage()).length).toBe(2);
    const annotations = await ofPage();
    const first = annotations.find((a) => a.quote === CLAIM)!.id;
    const second = annotations.find((a) => a.quote === SECOND_CLAIM)!.id;
    const library = await suite.gloss.openLibrary();
    try {
      const setStatuses = async (a: string, b: string) => {
        for (const [id, status] of [
          [first, a],
          [second, b],
        ])
          await sendFromExtensionPage(library, 'annotation:update', {
            id,
            patch: { claim: { status } },
          });
        // Gloss's closed layer shows them, one box per line, in page order (read through the
        // DevTools protocol, which reaches into closed shadow roots; the page cannot).
        await expect
          .poll(async () =>
            (await statusBoxes(page))
              .map((box) => box.className)
              .filter((c, i, all) => c !== all[i - 1]),
          )
          .toEqual(a === b ? [`s-${a}`] : [`s-${a}`, `s-${b}`]);
        return whatThePageSees(page);
      };

      const seen = await setStatuses('false', 'supported');
      const boxes = await statusBoxes(page);
      const style = (cls: string) => boxes.find((b) => b.className === cls)!;
      expect(style('s-false').borderBottomStyle).toBe('double');
      expect(style('s-supported').borderBottomStyle).toBe('solid');
      expect(style('s-false').borderBottomColor).not.toBe(style('s-supported').borderBottomColor);
      // Under the claim's own text.
      const [line] = await linesOf(page, SECOND_CLAIM);
      expect(boxes.some((b) => Math.abs(b.top - (line.bottom - 2)) <= 1)).toBe(true);

      // Whatever the statuses, the page sees the very same thing: no status in highlight names or
      // styles, in its DOM or Gloss's open root, in the layer's host, or at the point of the claim.
      expect(seen).not.toMatch(
        /\b(s|gloss)-(unverified|supported|disputed|false|misleading)\b|\b(unverified|supported|disputed|misleading)\b/,
      );
      expect(await setStatuses('supported', 'false')).toBe(seen);
      expect(await setStatuses('misleading', 'disputed')).toBe(seen);
      expect(await setStatuses('unverified', 'unverified')).toBe(seen);
    } finally {
      await Promise.all([library.close(), page.close()]);
    }
  });

  it('after Escape the caret is back at the end of the tagged text, and Tab goes on from there', async () => {
    const page = await suite.open(suite.server.set('/edges/focus.html', edgesPage()));
    await selectText(page, TARGET);
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => focusedCardField(page)).toBe('Note');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardFrames(page).length).toBe(0);
    const caret = await page.evaluate(() => {
      const sel = document.getSelection()!;
      return {
        collapsed: sel.isCollapsed,
        in: sel.anchorNode?.parentElement?.id,
        before: (sel.anchorNode as Text).data.slice(0, sel.anchorOffset),
        focused: document.hasFocus(),
      };
    });
    expect(caret).toMatchObject({ collapsed: true, in: 'target', focused: true });
    expect(caret.before.endsWith(TARGET)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('next-link');
    await page.close();
  });
});
