import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import type { Page } from 'playwright-core';

import { collapse, paintedRanges, selectText, cardFrame } from './harness/page';
import { readExtensionDb } from './harness/idb';
import { annotationRecord } from './harness/records';
import { QUOTE, XSS_EVIDENCE, XSS_NAME, XSS_NOTE, markupTextPage } from './pages/hostile';

const suite = useGlossSuite();

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe('untrusted text is shown as text', () => {
  it('names, notes and evidence URLs that look like markup stay text in the card, side panel and library', async () => {
    const url = suite.server.set('/untrusted/markup.html', markupTextPage());
    const page = await suite.open(url);

    // Tag the markup-looking handle as a person; its name defaults to the selected text.
    expect(collapse(await selectText(page, XSS_NAME))).toBe(XSS_NAME);
    await page.getByRole('button', { name: 'Person', exact: true }).click();
    const personFrame = await cardFrame(page);
    const card = personFrame.getByRole('dialog', { name: 'Gloss Person' });
    await card.getByLabel('Note').fill(XSS_NOTE);
    await card.getByLabel('Note').blur();
    await expect.poll(() => card.locator('.gloss-quote').textContent()).toBe(XSS_NAME);
    expect(await card.locator('img, script, a').count()).toBe(0);
    await page.keyboard.press('Escape');

    // A claim whose evidence URL is a javascript: link: refused with a clear message, and the
    // field keeps what the reader typed.
    await selectText(page, QUOTE);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const claimFrame = await cardFrame(page);
    const claimCard = claimFrame.getByRole('dialog', { name: 'Gloss Claim' });
    await claimCard.getByLabel('Evidence URL').fill(XSS_EVIDENCE);
    await claimCard.getByLabel('Evidence URL').blur();
    await expect
      .poll(() => claimFrame.getByRole('alert').textContent())
      .toBe('"evidenceUrl" must be empty or an http:// or https:// URL');
    expect(await claimCard.getByLabel('Evidence URL').inputValue()).toBe(XSS_EVIDENCE);
    expect(
      (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.type === 'claim')?.claim
        ?.evidenceUrl,
    ).toBe('');
    await claimCard.getByLabel('Evidence URL').fill('https://fact.example/check');
    await claimCard.getByLabel('Evidence URL').blur();
    await expect
      .poll(
        async () =>
          (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.type === 'claim')
            ?.claim?.evidenceUrl,
      )
      .toBe('https://fact.example/check');
    await expect.poll(() => claimFrame.getByRole('alert').count()).toBe(0);
    await expect
      .poll(
        async () =>
          (await readExtensionDb(suite.gloss.worker)).annotations.find((a) => a.type === 'person')
            ?.note,
      )
      .toBe(XSS_NOTE);
    expect(await paintedRanges(page)).toContainEqual(['gloss-person', XSS_NAME]);

    const popup = await suite.gloss.openSidePanel(page);
    const personCard = popup.locator('article.review-card.type-person');
    await expect.poll(() => personCard.locator('.entity-name').textContent()).toBe(XSS_NAME);
    expect(await personCard.locator('.note').textContent()).toBe(XSS_NOTE);
    await personCard.getByRole('button', { name: 'Edit person' }).click();
    expect(await personCard.getByLabel('Note').inputValue()).toBe(XSS_NOTE);
    expect(await personCard.getByLabel('Name').inputValue()).toBe(XSS_NAME);
    expect(await popup.locator('main img, main script').count()).toBe(0);

    const library = await suite.gloss.openLibrary();
    await expect.poll(() => library.locator('.entity-name').first().textContent()).toBe(XSS_NAME);
    await library.getByRole('searchbox').fill('script');
    await expect
      .poll(() => library.locator('.search-results .note').first().textContent())
      .toBe(XSS_NOTE);
    // The search narrows the claims too: cleared, the claim is back with its evidence link.
    await library.getByRole('searchbox').fill('');
    const claimRow = library.locator('table.claims tbody tr');
    await expect
      .poll(() => claimRow.locator('td').nth(3).getByRole('link').getAttribute('href'))
      .toBe('https://fact.example/check');
    expect(await library.locator('main img, main script, a[href^="javascript"]').count()).toBe(0);

    // Markdown and CSV exports escape it too (the unit suites check every format in detail).
    const [md] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const markdown = fs.readFileSync((await md.path())!, 'utf8');
    // Written while read (utils/interchange/streamed-export.ts), it still groups under the type.
    expect(markdown).toMatch(/\n## People\n\n> /);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script');
    expect(markdown).not.toMatch(/\]\(javascript:/);

    for (const p of [page, popup, library]) expect(await pwned(p)).toBeNull();
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});

describe('import fuzz: broken files are refused with a message and change nothing', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-fuzz-'));
  const valid = {
    format: 'gloss',
    version: 1,
    exportedAt: '2024-05-17T08:00:00.000Z',
    articles: [] as unknown[],
    annotations: [] as unknown[],
    entities: [] as unknown[],
  };
  const annotation = (id: string) =>
    annotationRecord(id, 'https://news.example/a', {
      quote: 'q',
      createdAt: '2024-05-17T08:00:00.000Z',
      updatedAt: '2024-05-17T08:00:00.000Z',
    });
  const cases: [string, () => string][] = [
    ['truncated JSON', () => JSON.stringify(valid).slice(0, -7)],
    ['wrong types', () => JSON.stringify({ ...valid, version: '1', annotations: {} })],
    [
      'a 100 MB string',
      () =>
        `{"format":"gloss","version":1,"exportedAt":"2024-05-17T08:00:00.000Z","articles":[],"entities":[],"annotations":[{"quote":"${'x'.repeat(100 * 1024 * 1024)}"}]}`,
    ],
    ['deep nesting', () => '['.repeat(100_000) + ']'.repeat(100_000)],
    [
      '__proto__ and constructor keys',
      () =>
        '{"format":"gloss","version":1,"exportedAt":"2024-05-17T08:00:00.000Z","articles":[],"entities":[],"annotations":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    ],
    [
      '100,000 duplicates',
      () =>
        JSON.stringify({
          ...valid,
          annotations: Array.from({ length: 100_000 }, () => annotation('dup-1')),
        }),
    ],
  ];

  it.each(cases)('%s', async (name, make) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, make());
    const library = await suite.gloss.openLibrary();
    const before = await readExtensionDb(suite.gloss.worker);
    await library.getByLabel('Import file').setInputFiles(file);
    await library
      .getByRole('alert')
      .filter({ hasText: 'was not imported' })
      .waitFor({ timeout: 30_000 });
    expect(await library.getByRole('alert').textContent()).toContain(
      'Nothing in your library changed',
    );
    expect(await readExtensionDb(suite.gloss.worker)).toEqual(before);
    expect(
      await library.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null),
    ).toBeNull();
    await library.close();
    fs.rmSync(file);
  });
});
