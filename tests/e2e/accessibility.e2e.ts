import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import { seedHtml } from './harness/server';
import { tagText } from './harness/page';
import { readExtensionDb } from './harness/idb';

const suite = useGlossSuite();

/** Controls a keyboard or screen-reader user would meet without a name to call them by. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, a[href], summary',
    )) {
      const labelled =
        (el as HTMLInputElement).labels?.length ||
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        el.textContent?.trim();
      if (!labelled) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}

describe('keyboard, screen readers and dark mode', () => {
  it('the popup, the side panel and the library name every control, and the side panel works from the keyboard alone', async () => {
    const page = await suite.open(suite.server.set('/a11y/seed.html', seedHtml()));
    await tagText(page, 'Wang Jun', 'Person');
    await page.keyboard.press('Escape');
    const popup = await suite.gloss.openPopup(page);
    await expect.poll(() => popup.locator('.count').textContent()).toBe('1 annotation');
    expect(await unnamedControls(popup)).toEqual([]);
    const panel = await suite.gloss.openSidePanel(page);
    await expect.poll(() => panel.locator('article.review-card').count()).toBe(1);
    expect(await unnamedControls(panel)).toEqual([]);

    // Tab to the annotation's card, open it with Enter and type: saved without touching the mouse.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'card'; i++) {
      await panel.keyboard.press('Tab');
      focused = await panel.evaluate(() =>
        document.activeElement?.matches('article.review-card') ? 'card' : '',
      );
    }
    expect(focused).toBe('card');
    // What has focus is visibly marked.
    expect(
      await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe('none');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() =>
        panel.evaluate(
          () => (document.activeElement as HTMLTextAreaElement).labels?.[0]?.textContent,
        ),
      )
      .toBe('Note');
    expect(await unnamedControls(panel)).toEqual([]);
    await panel.keyboard.type('Typed from the keyboard');
    await panel.keyboard.press('Tab');
    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).annotations[0]?.note)
      .toBe('Typed from the keyboard');

    const library = await suite.gloss.openLibrary();
    await expect.poll(() => library.locator('table.articles tbody tr').count()).toBe(1);
    expect(await unnamedControls(library)).toEqual([]);
    await Promise.all([library.close(), panel.close(), popup.close(), page.close()]);
  });

  it('follows the system dark mode', async () => {
    const page = await suite.open(suite.server.set('/a11y/dark.html', seedHtml()));
    const popup = await suite.gloss.openPopup(page);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(31, 32, 35)');
    const panel = await suite.gloss.openSidePanel(page);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(31, 32, 35)',
    );
    await Promise.all([panel.close(), popup.close(), page.close()]);
  });
});
