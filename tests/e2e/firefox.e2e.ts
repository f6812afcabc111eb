import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { seedHtml, startServer, type PageServer } from './harness/server';

const root = process.cwd();
const dir = path.join(root, '.output/firefox-mv2');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe('Firefox build', () => {
  it('builds with `wxt build -b firefox` and passes `web-ext lint` without errors', () => {
    const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('gloss@gloss.invalid');
    expect(manifest.content_scripts[0].css).toEqual(['content-scripts/content.css']);

    const lint = spawnSync(
      bin('web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      { cwd: root, encoding: 'utf8' },
    );
    const report = JSON.parse(lint.stdout);
    expect(
      report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`),
    ).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});

if (!fs.existsSync(FIREFOX))
  console.warn(
    `[gloss e2e] ${FIREFOX} not found: the Firefox smoke tests are skipped (apt-get install firefox-esr).`,
  );

/**
 * Debian's firefox-esr, driven over WebDriver BiDi (puppeteer-core; Playwright only drives its own
 * patched Firefox builds), with the Firefox build installed as a temporary add-on.
 */
describe.skipIf(!fs.existsSync(FIREFOX))('Firefox smoke test (firefox-esr, headless)', () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  async function withFirefox(run: (browser: Browser) => Promise<void>) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
    });
    try {
      expect(await browser.installExtension(dir)).toBe('gloss@gloss.invalid');
      await run(browser);
    } finally {
      await browser.close();
    }
  }

  async function selectAndTag(page: Page, text: string, key: string) {
    await page.waitForFunction(() => !!document.querySelector('gloss-ui'), { timeout: 15_000 });
    await page.evaluate((t) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + t.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`not found: ${t}`);
    }, text);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(key as never);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
  }

  const painted = (page: Page) =>
    page.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> })
        .highlights)
        for (const r of h) out.push(`${name}:${r.toString()}`);
      return out;
    });

  it('tags with the keyboard, paints with CSS highlights, and restores after reload', async () => {
    await withFirefox(async (browser) => {
      const page = await browser.newPage();
      await page.goto(server.set('/ff/seed.html', seedHtml()));
      await selectAndTag(page, 'Wang Jun', 'KeyP');
      await page.waitForFunction(
        () =>
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-person')
            ?.size === 1,
        { timeout: 10_000 },
      );
      await page.reload();
      await page.waitForFunction(
        () =>
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-person')
            ?.size === 1,
        { timeout: 15_000 },
      );
      expect(await painted(page)).toEqual(['gloss-person:Wang Jun']);
    });
  }, 120_000);
});
