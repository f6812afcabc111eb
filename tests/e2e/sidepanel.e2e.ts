import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import { seedHtml } from './harness/server';
import {
  closeCard,
  paintedRanges,
  paintedTexts,
  selectText,
  tagText,
  waitForPainted,
  sendFromExtensionPage,
} from './harness/page';
import { readExtensionDb } from './harness/idb';
import { PORT_STORY, portStory, portStoryEdited } from './pages/changing';

const PERSON = 'Wang Jun';
const ORG = 'Shaanxi Federation of Trade Unions';
const CLAIM = 'and more than 350000 high-quality industrial workers';

const suite = useGlossSuite();

async function tag(page: Page, text: string, button: string) {
  await tagText(page, text, button);
  await closeCard(page);
}

const cards = (panel: Page) => panel.locator('article.review-card');
const cardFor = (panel: Page, quote: string) =>
  cards(panel).filter({ has: panel.locator('.quote', { hasText: quote }) });
/** The annotation id of the card (or the label of the button) that has the keyboard. */
const focused = (panel: Page) =>
  panel.evaluate(
    () =>
      document.activeElement?.getAttribute('data-annotation-id') ??
      document.activeElement?.textContent ??
      null,
  );

describe('the side panel', () => {
  it('lists the article in page order, filters, searches, and shows a card on the page', async () => {
    const page = await suite.open(suite.server.set('/panel/seed.html', seedHtml()));
    const panel = await suite.gloss.openSidePanel(page);
    // First run: one line of help, no empty list.
    await expect.poll(() => panel.locator('.first-run').count()).toBe(1);
    await page.bringToFront();
    await tag(page, PERSON, 'Person');
    await tag(page, ORG, 'Organization');
    await tag(page, CLAIM, 'Claim');

    // Cards follow the page without a reload, in page order, each found.
    await expect
      .poll(() => cards(panel).locator('.chip').allTextContents())
      .toEqual(['Organization', 'Person', 'Claim']);
    expect(await cards(panel).locator('.standing-label').allTextContents()).toEqual([
      'Found',
      'Found',
      'Found',
    ]);
    expect(await cardFor(panel, PERSON).locator('.entity-name').textContent()).toBe(PERSON);
    expect(await cardFor(panel, CLAIM).locator('.status').textContent()).toBe('Unverified');
    expect(await panel.locator('.first-run').count()).toBe(0);
    // The type chip wears the type's colour.
    expect(
      await cardFor(panel, CLAIM)
        .locator('.chip')
        .evaluate((el) => getComputedStyle(el).borderTopColor),
    ).toBe('rgb(255, 99, 71)');

    // Filter by type and by claim status, and search within the article.
    await panel.getByRole('button', { name: 'People (1)' }).click();
    await expect.poll(() => cards(panel).count()).toBe(1);
    await panel.getByRole('button', { name: 'All (3)' }).click();
    await panel.getByLabel('Claim status').selectOption('unverified');
    await expect.poll(() => cards(panel).locator('.chip').allTextContents()).toEqual(['Claim']);
    await panel.getByLabel('Claim status').selectOption('disputed');
    await expect.poll(() => panel.getByText('No annotations match.').count()).toBe(1);
    await panel.getByRole('button', { name: 'Show all' }).click();
    await panel.getByRole('searchbox').fill('federation');
    await expect
      .poll(() => cards(panel).locator('.chip').allTextContents())
      .toEqual(['Organization']);
    await panel.getByRole('searchbox').fill('');
    await expect.poll(() => cards(panel).count()).toBe(3);
    // Tags (set here through the background, as any extension page writes) add a tag filter.
    const personId = await cardFor(panel, PERSON).getAttribute('data-annotation-id');
    await sendFromExtensionPage(panel, 'annotation:update', {
      id: personId,
      patch: { tags: ['officials'] },
    });
    await panel.getByLabel('Tag').selectOption('officials');
    await expect.poll(() => cards(panel).locator('.chip').allTextContents()).toEqual(['Person']);
    await panel.getByLabel('Tag').selectOption('all');
    await expect.poll(() => cards(panel).count()).toBe(3);

    // The README's screenshot is this very panel, remade on every run.
    await panel.setViewportSize({ width: 400, height: 760 });
    fs.mkdirSync('docs', { recursive: true });
    await panel.screenshot({ path: 'docs/sidepanel.png' });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: 'docs/sidepanel-dark.png' });
    await panel.emulateMedia({ colorScheme: 'light' });

    // A click on a card scrolls the page to its mark and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await cardFor(panel, CLAIM).locator('.quote').click();
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-flash', CLAIM]);
    const inView = await page.evaluate((quote) => {
      for (const [, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
        for (const r of h)
          if (r.toString() === quote) {
            const rect = r.getBoundingClientRect();
            return rect.top >= 0 && rect.bottom <= innerHeight;
          }
      return false;
    }, CLAIM);
    expect(inView).toBe(true);
    await Promise.all([panel.close(), page.close()]);
  });

  it('works from the keyboard: j/k and arrows, Enter edits, Escape leaves, Delete and Undo', async () => {
    const page = await suite.open(suite.server.set('/panel/keys.html', seedHtml()));
    await tag(page, PERSON, 'Person');
    await tag(page, ORG, 'Organization');
    await tag(page, CLAIM, 'Claim');
    const panel = await suite.gloss.openSidePanel(page);
    await expect.poll(() => cards(panel).count()).toBe(3);
    const ids = await cards(panel).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-annotation-id')),
    );

    // Tab from the filters reaches the list at its first card; the keys move between cards.
    await panel.getByLabel('Claim status').focus();
    await panel.keyboard.press('Tab');
    expect(await focused(panel)).toBe(ids[0]);
    await panel.keyboard.press('j');
    expect(await focused(panel)).toBe(ids[1]);
    await panel.keyboard.press('ArrowDown');
    expect(await focused(panel)).toBe(ids[2]);
    await panel.keyboard.press('j');
    expect(await focused(panel)).toBe(ids[2]);
    await panel.keyboard.press('k');
    expect(await focused(panel)).toBe(ids[1]);
    // Space shows the card's mark on the page.
    await panel.keyboard.press(' ');
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-flash', PERSON]);

    // Enter edits in place with the card's editor, the keyboard in its note field.
    await panel.keyboard.press('Enter');
    const editor = panel.getByRole('group', { name: 'Edit person' });
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/-note$/);
    await panel.keyboard.type('Chairs the provincial federation');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Saved');
    await panel.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    await expect.poll(() => focused(panel)).toBe(ids[1]);
    expect(await cardFor(panel, PERSON).locator('.note').textContent()).toBe(
      'Chairs the provincial federation',
    );
    expect(
      (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.id === ids[1])?.note,
    ).toBe('Chairs the provincial federation');

    // Delete: the card goes, its Undo stands where it was and has the keyboard; Enter undoes.
    await panel.keyboard.press('Delete');
    await expect.poll(() => cards(panel).count()).toBe(2);
    await expect.poll(() => paintedTexts(page)).toEqual([CLAIM, ORG].sort());
    const order = await panel
      .locator('.annotation-list > li')
      .evaluateAll((lis) => lis.map((li) => (li.querySelector('.undo') ? 'undo' : 'card')));
    expect(order).toEqual(['card', 'undo', 'card']);
    await expect.poll(() => focused(panel)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => cards(panel).count()).toBe(3);
    await expect.poll(() => focused(panel)).toBe(ids[1]);
    await expect.poll(() => paintedTexts(page)).toEqual([CLAIM, ORG, PERSON].sort());
    expect(await cardFor(panel, PERSON).locator('.note').textContent()).toBe(
      'Chairs the provincial federation',
    );
    await Promise.all([panel.close(), page.close()]);
  });

  it('says where each annotation stands on an edited page, and Attach here moves an orphan', async () => {
    const url = suite.server.set('/panel/port.html', portStory());
    const page = await suite.open(url);
    const changed =
      'cargo volumes had fallen by a third during the closure, and that 18 shipping lines';
    const gone = 'the terminal would run at full capacity';
    await tag(page, 'port authority', 'Organization');
    await tag(page, changed, 'Claim');
    await tag(page, gone, 'Highlight');
    let panel = await suite.gloss.openSidePanel(page);
    await expect.poll(() => cards(panel).count()).toBe(3);
    await cardFor(panel, gone).getByRole('button', { name: 'Edit highlight' }).click();
    await panel.getByLabel('Note', { exact: true }).fill('Check against the harbour log');
    await panel.getByRole('button', { name: 'Done editing' }).click();
    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).annotations.map((a) => a.note))
      .toContain('Check against the harbour log');
    await panel.close();

    // The site edits the story: a number changed, a sentence removed.
    suite.server.set('/panel/port.html', portStoryEdited());
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForPainted(page, 2);
    panel = await suite.gloss.openSidePanel(page);
    await expect
      .poll(() => cardFor(panel, 'port authority').locator('.standing-label').textContent())
      .toBe('Found');
    const claim = cardFor(panel, changed);
    await expect
      .poll(() => claim.locator('.standing-label').textContent())
      .toBe('Found, but the page now reads:');
    // What the page reads now, read without the struck-out words (and the words that name them for
    // screen readers): the edited text.
    expect(
      await claim.locator('.standing-now').evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('del, .visually-hidden').forEach((d) => d.remove());
        return copy.textContent;
      }),
    ).toBe(changed.replace('18', '16'));
    expect(await claim.locator('.standing-now del').allTextContents()).toEqual(['18']);
    expect(await claim.locator('.standing-now ins').allTextContents()).toEqual(['16']);
    const orphans = panel.getByRole('region', { name: 'Not found on this page' });
    expect(await orphans.locator('.quote').allTextContents()).toEqual([gone]);
    expect(await orphans.locator('.standing-label').allTextContents()).toEqual([
      'Not found on this page',
    ]);

    // Attach here without a selection says what to do; with one, the orphan moves there.
    const orphan = cardFor(panel, gone);
    await orphan.getByRole('button', { name: 'Attach here' }).click();
    await expect
      .poll(() => orphan.getByRole('alert').textContent())
      .toBe('Select the right text on the page, then press Attach here.');
    const id = await orphan.getAttribute('data-annotation-id');
    await page.bringToFront();
    await selectText(page, 'six weeks of repairs');
    await orphan.getByRole('button', { name: 'Attach here' }).click();
    await expect
      .poll(() => paintedRanges(page))
      .toContainEqual(['gloss-highlight', 'six weeks of repairs']);
    await expect.poll(() => orphans.count()).toBe(0);
    const moved = cardFor(panel, 'six weeks of repairs');
    await expect.poll(() => moved.locator('.standing-label').textContent()).toBe('Found');
    expect(await moved.getAttribute('data-annotation-id')).toBe(id);
    const stored = (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.id === id);
    expect(stored).toMatchObject({
      quote: 'six weeks of repairs',
      note: 'Check against the harbour log',
    });
    expect(PORT_STORY[0]).toContain(stored!.quote);
    await Promise.all([panel.close(), page.close()]);
  });
});

describe('the popup', () => {
  it('sums the article up and opens the side panel', async () => {
    const page = await suite.open(suite.server.set('/panel/popup.html', seedHtml()));
    await tag(page, PERSON, 'Person');
    await tag(page, ORG, 'Person');
    await tag(page, CLAIM, 'Claim');
    const popup = await suite.gloss.openPopup(page);
    await expect.poll(() => popup.locator('.count').textContent()).toBe('3 annotations');
    expect(await popup.locator('.type-count').allTextContents()).toEqual([
      'People: 2',
      'Claims: 1',
    ]);
    expect(await popup.locator('article, textarea').count()).toBe(0);
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await expect.poll(() => popup.getByRole('alert').count()).toBe(0);
    // Chromium opens sidepanel.html beside the tab (a target of its own, not one of the context's pages).
    const cdp = await suite.gloss.context.newCDPSession(popup);
    await expect
      .poll(async () =>
        (await cdp.send('Target.getTargets')).targetInfos.some((t) =>
          t.url.endsWith(`${suite.gloss.extensionId}/sidepanel.html`),
        ),
      )
      .toBe(true);
    // That panel has no ?tab: it follows the active tab, here the article once the reader goes back to it.
    const panel = (await cdp.send('Target.getTargets')).targetInfos.find((t) =>
      t.url.endsWith('/sidepanel.html'),
    )!;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: panel.targetId,
      flatten: false,
    });
    let nextId = 1;
    const evaluate = (expression: string) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        const onMessage = (event: { sessionId?: string; message: string }) => {
          const reply = JSON.parse(event.message) as {
            id?: number;
            result?: { result?: { value?: unknown } };
          };
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result?.result?.value);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({
            id,
            method: 'Runtime.evaluate',
            params: { expression, returnByValue: true },
          }),
        });
      });
    await page.bringToFront();
    await expect
      .poll(() =>
        evaluate(
          `[...document.querySelectorAll('article.review-card .chip')].map((c) => c.textContent).join(',')`,
        ),
      )
      .toBe('Person,Person,Claim');
    await cdp.detach();
    await Promise.all([popup.close(), page.close()]);
  });
});
