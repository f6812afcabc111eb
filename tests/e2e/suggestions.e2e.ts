import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGlossSuite } from './harness/suite';
import { corpusPages, seedHtml } from './harness/server';
import { closeCard, paintedRanges, tagText } from './harness/page';
import { readExtensionDb } from './harness/idb';

const suite = useGlossSuite();

/** How many marks of this highlight paint exactly this text. */
const paintedCount = async (page: Page, highlight: string, text: string) =>
  (await paintedRanges(page)).filter(([n, t]) => n === highlight && t === text).length;

describe('suggestions in the side panel', () => {
  it('suggests people, organizations and claims; Accept tags and paints, Dismiss is remembered', async () => {
    const url = suite.server.set('/suggest/seed.html', seedHtml());
    const page = await suite.open(url);
    let popup = await suite.gloss.openSidePanel(page);
    await popup.getByText('Suggestions', { exact: true }).click();
    const people = popup.getByRole('region', { name: 'Suggested people' });
    await expect
      .poll(() => people.locator('.suggestion-text').allTextContents(), { timeout: 15_000 })
      .toContain('Duan Xiaolong');
    const orgs = popup.getByRole('region', { name: 'Suggested organizations' });
    expect(await orgs.locator('.suggestion-text').allTextContents()).toContain(
      'Shaanxi Federation of Trade Unions',
    );
    const claims = popup.getByRole('region', { name: 'Suggested claims' });
    expect(
      (await claims.locator('.suggestion-text').allTextContents()).some((c) =>
        c.includes('350000'),
      ),
    ).toBe(true);
    // Nothing is tagged until accepted.
    expect((await readExtensionDb(suite.gloss.worker)).annotations).toHaveLength(0);

    await people.getByRole('button', { name: 'Accept Duan Xiaolong', exact: true }).click();
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-person', 'Duan Xiaolong']);
    await expect
      .poll(() => popup.locator('article.review-card.type-person .entity-name').allTextContents())
      .toEqual(['Duan Xiaolong']);
    // Accepted suggestions leave the list.
    await expect
      .poll(() => people.locator('.suggestion-text').allTextContents())
      .not.toContain('Duan Xiaolong');

    // The number of mentions is the engine's count; accept every one of them.
    await orgs
      .getByRole('button', {
        name: /^Accept all \d+ mentions of Shaanxi Federation of Trade Unions$/,
      })
      .click();
    await expect
      .poll(() => paintedCount(page, 'gloss-organization', 'Shaanxi Federation of Trade Unions'))
      .toBeGreaterThan(1);
    const db = await readExtensionDb(suite.gloss.worker);
    expect(db.entities.filter((e) => e.name === 'Shaanxi Federation of Trade Unions')).toHaveLength(
      1,
    );

    const firstOrg = (await orgs.locator('.suggestion-text').allTextContents())[0];
    await orgs.getByRole('button', { name: `Dismiss ${firstOrg}`, exact: true }).click();
    await expect
      .poll(() => orgs.locator('.suggestion-text').allTextContents())
      .not.toContain(firstOrg);
    await popup.close();

    // Dismissal is remembered for the article.
    popup = await suite.gloss.openSidePanel(page);
    await popup.getByText('Suggestions', { exact: true }).click();
    const orgsAgain = popup.getByRole('region', { name: 'Suggested organizations' });
    await expect
      .poll(() => orgsAgain.locator('.suggestion-text').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await orgsAgain.locator('.suggestion-text').allTextContents()).not.toContain(firstOrg);
    await Promise.all([popup.close(), page.close()]);
  });

  it('accepts a suggestion, then tags all mentions of a name the reader tagged by hand', async () => {
    const url = suite.server.set('/suggest/tag-all.html', seedHtml());
    const page = await suite.open(url);
    // The reader tags the first of Wang Jun's four mentions by hand.
    await tagText(page, 'Wang Jun', 'Person');
    await closeCard(page);
    const popup = await suite.gloss.openSidePanel(page);
    await popup.getByText('Suggestions', { exact: true }).click();

    const people = popup.getByRole('region', { name: 'Suggested people' });
    await expect
      .poll(() => people.locator('.suggestion-text').allTextContents(), { timeout: 15_000 })
      .toContain('Fan Shusen');
    // A tagged name is no longer a suggestion; it is offered under "Tagged on this page" instead.
    expect(await people.locator('.suggestion-text').allTextContents()).not.toContain('Wang Jun');
    await people.getByRole('button', { name: 'Accept Fan Shusen', exact: true }).click();
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-person', 'Fan Shusen']);

    const tagged = popup.getByRole('region', { name: 'Tagged on this page' });
    await tagged
      .getByRole('button', { name: 'Tag all 3 mentions of Wang Jun', exact: true })
      .click();
    await expect.poll(() => paintedCount(page, 'gloss-person', 'Wang Jun')).toBe(4);
    const db = await readExtensionDb(suite.gloss.worker);
    const entity = db.entities.filter((e) => e.name === 'Wang Jun');
    expect(entity).toHaveLength(1);
    expect(
      db.annotations.filter((a) => a.articleUrl === url && a.entityId === entity[0].id),
    ).toHaveLength(4);
    // Every mention of Wang Jun is tagged now; the accepted Fan Shusen has one mention left to tag.
    await expect
      .poll(() => tagged.locator('.suggestion-text').allTextContents())
      .toEqual(['Fan Shusen']);
    await expect
      .poll(() => tagged.getByRole('button').allTextContents())
      .toEqual(['Tag all 1 mention']);
    await Promise.all([popup.close(), page.close()]);
  });

  it('keeps the keyboard in the list after Accept and Dismiss: on the next suggestion', async () => {
    const url = suite.server.set('/suggest/focus.html', seedHtml());
    const page = await suite.open(url);
    const panel = await suite.gloss.openSidePanel(page);
    await panel.getByText('Suggestions', { exact: true }).click();
    const people = panel.getByRole('region', { name: 'Suggested people' });
    const names = people.locator('.suggestion-text');
    await expect.poll(() => names.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    const [first, second, third] = await names.allTextContents();
    const focused = () => panel.evaluate(() => document.activeElement?.getAttribute('aria-label'));

    // The reader reaches Accept with the keyboard and presses Enter.
    await people.getByRole('button', { name: `Accept ${first}`, exact: true }).focus();
    await panel.keyboard.press('Enter');
    expect(await focused()).toBe(`Accept ${second}`);
    await expect.poll(() => names.allTextContents()).not.toContain(first);
    // The accepted one left the list; the keyboard is still where it went, not on the body.
    expect(await focused()).toBe(`Accept ${second}`);

    // Tab to Dismiss on the same item and press it: on to the next one again.
    // (past "Accept all N" when the name has several mentions)
    for (let i = 0; i < 3 && (await focused()) !== `Dismiss ${second}`; i++)
      await panel.keyboard.press('Tab');
    expect(await focused()).toBe(`Dismiss ${second}`);
    await panel.keyboard.press('Enter');
    expect(await focused()).toBe(`Accept ${third}`);
    await expect.poll(() => names.allTextContents()).not.toContain(second);
    expect(await focused()).toBe(`Accept ${third}`);
    await Promise.all([panel.close(), page.close()]);
  });

  it('shows a name offered on weak evidence apart, as less sure, and accepts it like any other', async () => {
    // An invented story: "Northwind Holdings Inc." is placed by its suffix; "Quarrelby" only acts
    // as a company ("Quarrelby shares rose"), which blind label sets found right about half the time.
    const paragraphs = [
      'Northwind Holdings Inc. said on Tuesday that it would buy Quarrelby for 300 million dollars, the largest purchase in its history.',
      'Quarrelby shares rose 12 percent after the announcement, and trading in them was briefly halted in the afternoon.',
      'Analysts at Northwind Holdings said the deal made sense for a company that has struggled to grow since the pandemic.',
      'Mayor Helen Ortiz welcomed it at a news conference, saying the jobs would stay in the city for at least ten years.',
      'Quarrelby employs 2,000 people in the city, most of them at its plant on the river, and has done so for half a century.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>Northwind to buy Quarrelby</title></head><body><article><h1>Northwind to buy Quarrelby</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = await suite.open(suite.server.set('/suggest/less-sure.html', html));
    const panel = await suite.gloss.openSidePanel(page);
    await panel.getByText('Suggestions', { exact: true }).click();
    const orgs = panel.getByRole('region', { name: 'Suggested organizations' });
    await expect
      .poll(() => orgs.locator('.suggestion-text').allTextContents(), { timeout: 15_000 })
      .toEqual(['Northwind Holdings Inc.', 'Quarrelby']);
    const lessSure = orgs.getByRole('region', { name: 'Less sure organizations' });
    expect(await lessSure.locator('.suggestion-text').allTextContents()).toEqual(['Quarrelby']);
    expect(await lessSure.getByRole('heading', { name: 'Less sure' }).isVisible()).toBe(true);

    await lessSure.getByRole('button', { name: 'Accept all 3 mentions of Quarrelby' }).click();
    await expect.poll(() => paintedCount(page, 'gloss-organization', 'Quarrelby')).toBe(3);
    await expect.poll(() => lessSure.count()).toBe(0);
    await Promise.all([panel.close(), page.close()]);
  });

  const french = corpusPages().find((p) => p.name === 'lemonde-1');
  it.skipIf(!french)(
    'says it does not handle a French article instead of suggesting noise',
    async () => {
      const page = await suite.open(suite.server.set('/suggest/lemonde/', french!.html));
      const popup = await suite.gloss.openSidePanel(page);
      await popup.getByText('Suggestions', { exact: true }).click();
      await expect
        .poll(() => popup.locator('.suggestions .empty').textContent(), { timeout: 15_000 })
        .toContain('English text only');
      await Promise.all([popup.close(), page.close()]);
    },
  );
});
