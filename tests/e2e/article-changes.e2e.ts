import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import { cardFrames, focusedCardField, tagText } from './harness/page';
import { readExtensionDb } from './harness/idb';
import { seedHtml } from './harness/server';
import { BAOJI_CLAIM, BAOJI_REMOVED, editedSeed } from './pages/changing';

const suite = useGlossSuite();
const NOTICE = /This article changed since you annotated it on/;

/** Tags the claim on the page with the reader's note, and waits until its article has a complete record. */
async function annotateClaim(page: Page, url: string) {
  await tagText(page, BAOJI_CLAIM, 'Claim');
  await expect.poll(() => focusedCardField(page)).toBe('Note');
  await page.keyboard.type('MIIT list names 11 Baoji firms, not 18');
  await page.keyboard.press('Escape');
  await expect.poll(() => cardFrames(page).length).toBe(0);
  // The first annotation saves a placeholder at once; the extraction completes it (with its text's hash).
  await expect
    .poll(
      async () =>
        (await readExtensionDb(suite.gloss.worker)).articles.find((a) => a.url === url)?.textHash ??
        null,
      { timeout: 15_000 },
    )
    .not.toBeNull();
}

const snapshotOf = async (url: string) =>
  (await readExtensionDb(suite.gloss.worker)).snapshots.find((s) => s.articleUrl === url);

describe('article changes since the reader annotated', () => {
  it('keeps a snapshot, and on a visit to the edited article the popup says so and shows the diff, the changed number first', async () => {
    const url = suite.server.set('/changes/baoji.html', seedHtml());
    const page = await suite.open(url);
    await annotateClaim(page, url);
    await expect
      .poll(() => snapshotOf(url).then((s) => s?.paragraphs.length ?? 0))
      .toBeGreaterThan(5);
    const snapshot = (await snapshotOf(url))!;
    expect(snapshot.paragraphs.join(' ')).toContain(`${BAOJI_CLAIM}, 125 innovation studios`);
    expect(snapshot.paragraphs.join(' ')).toContain(BAOJI_REMOVED);

    // The site edits the story; the reader comes back.
    suite.server.set('/changes/baoji.html', editedSeed(seedHtml()));
    await page.reload({ waitUntil: 'domcontentloaded' });
    const popup = await suite.gloss.openPopup(page);
    const notice = popup.getByRole('status').filter({ hasText: NOTICE });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    expect(await notice.locator('time').getAttribute('datetime')).toBe(snapshot.takenAt);
    expect(await popup.locator('.article-diff').count()).toBe(0);

    await popup.getByRole('button', { name: 'Show changes' }).click();
    const first = popup.locator('.changed-annotation').first();
    expect(await first.locator('.chip').textContent()).toBe('Claim');
    expect(await first.locator('.changed-number').textContent()).toBe('18 → 16');
    expect(await first.locator('q').textContent()).toBe(
      'Baoji has built 16 national-level intelligent manufacturing enterprises',
    );
    const removed = await popup.locator('.article-diff del').allTextContents();
    const added = await popup.locator('.article-diff ins').allTextContents();
    expect(removed).toContain('18');
    expect(removed.join('')).toContain(BAOJI_REMOVED);
    expect(added).toEqual(expect.arrayContaining(['16', '-level']));
    expect(await popup.locator('.article-diff del.annotated').allTextContents()).toContain('18');

    // The side panel, beside the article, announces the same change in its own status line.
    const panel = await suite.gloss.openSidePanel(page);
    const panelNotice = panel.getByRole('status').filter({ hasText: NOTICE });
    await expect.poll(() => panelNotice.count(), { timeout: 15_000 }).toBe(1);
    await panel.getByRole('button', { name: 'Show changes' }).click();
    expect(await panel.locator('.changed-annotation .changed-number').first().textContent()).toBe(
      '18 → 16',
    );
    await Promise.all([popup.close(), panel.close(), page.close()]);
  });

  it('with snapshots turned off, keeps none and shows no notice; "Delete snapshots" deletes those kept', async () => {
    const library = await suite.gloss.openLibrary();
    const keep = library.getByRole('checkbox', {
      name: 'Keep a text snapshot of each article I annotate',
    });
    await expect.poll(() => keep.isEnabled()).toBe(true);
    expect(await keep.isChecked()).toBe(true);
    await keep.uncheck();
    await expect
      .poll(() =>
        library.getByRole('status').filter({ hasText: 'Gloss keeps no new snapshots' }).count(),
      )
      .toBe(1);

    const url = suite.server.set('/changes/baoji-off.html', seedHtml());
    const page = await suite.open(url);
    await annotateClaim(page, url);
    suite.server.set('/changes/baoji-off.html', editedSeed(seedHtml()));
    await page.reload({ waitUntil: 'domcontentloaded' });
    const popup = await suite.gloss.openPopup(page);
    await expect.poll(() => popup.locator('.count').textContent()).toBe('1 annotation');
    // The first test's article has a snapshot and changed too: with snapshots off it is not compared either.
    const earlier = await suite.open(`${suite.server.origin}/changes/baoji.html`);
    const earlierPopup = await suite.gloss.openPopup(earlier);
    await expect.poll(() => earlierPopup.locator('.count').textContent()).toBe('1 annotation');
    await earlierPopup.waitForTimeout(1500);
    for (const p of [popup, earlierPopup])
      expect(await p.getByRole('status').filter({ hasText: NOTICE }).count()).toBe(0);
    expect(await snapshotOf(url)).toBeUndefined();
    expect(await snapshotOf(`${suite.server.origin}/changes/baoji.html`)).toBeDefined();

    await library.getByRole('button', { name: 'Delete snapshots' }).click();
    await expect
      .poll(() => library.getByRole('status').filter({ hasText: 'Deleted 1 snapshot.' }).count())
      .toBe(1);
    expect((await readExtensionDb(suite.gloss.worker)).snapshots).toEqual([]);
    await Promise.all([
      popup.close(),
      earlierPopup.close(),
      page.close(),
      earlier.close(),
      library.close(),
    ]);
  });
});
