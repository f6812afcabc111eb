import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import type { Frame, Page } from 'playwright-core';

import {
  collapse,
  paintedRanges,
  paintedTexts,
  selectText,
  waitForGloss,
  waitForPainted,
} from './harness/page';
import { readExtensionDb } from './harness/idb';
import {
  QUOTE,
  STRICT_CSP,
  iframeInnerPage,
  iframeOuterPage,
  longPage,
  postMessagePage,
  prototypesPage,
  removerPage,
  strictCspPage,
  unsetPage,
} from './pages/hostile';

const suite = useGlossSuite((server) => {
  server.set('/hostile/csp.css', 'body { font-family: serif; } p { margin: 1em 0; }', {
    'content-type': 'text/css',
  });
});

const annotationsOf = async (url: string) =>
  (await readExtensionDb(suite.gloss.worker)).annotations.filter((a) => a.articleUrl === url);

/** Select → tag with the toolbar → reload → painted again. */
async function tagReloadRepaint(page: Page, url: string, frame: Frame = page.mainFrame()) {
  expect(collapse(await selectText(page, QUOTE, 0, frame))).toBe(QUOTE);
  await frame.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect.poll(() => paintedRanges(frame)).toContainEqual(['gloss-claim', QUOTE]);
  await expect.poll(async () => (await annotationsOf(url)).map((a) => a.quote)).toEqual([QUOTE]);
  await page.reload({ waitUntil: 'load' });
  const target =
    frame === page.mainFrame() ? page.mainFrame() : page.frames().find((f) => f.url() === url)!;
  expect(await waitForPainted(target, 1)).toEqual([QUOTE]);
}

describe('hostile pages: select, tag, reload, painted again', () => {
  it('a page that replaces Array, JSON, Element, EventTarget and Range builtins', async () => {
    const url = suite.server.set('/hostile/prototypes.html', prototypesPage());
    const page = await suite.open(url, { waitForGloss: false });
    await waitForGloss(page);
    await tagReloadRepaint(page, url);
    await page.close();
  });

  it('a page that unsets every style with !important under a full-page top-z-index layer', async () => {
    const url = suite.server.set('/hostile/unset.html', unsetPage());
    const page = await suite.open(url, { waitForGloss: false });
    await waitForGloss(page);
    await tagReloadRepaint(page, url);
    // The toolbar still shows as a toolbar: the page's `all: unset` did not reach into the shadow root.
    await selectText(page, 'forty buses');
    const box = await page.getByRole('button', { name: 'Person', exact: true }).boundingBox();
    expect(box && box.width > 20 && box.height > 10).toBe(true);
    await page.close();
  });

  it('a page with a strict Content-Security-Policy (no inline script or style)', async () => {
    const url = suite.server.set('/hostile/csp.html', strictCspPage(), {
      'content-security-policy': STRICT_CSP,
    });
    const page = await suite.open(url, { waitForGloss: false });
    const violations: string[] = [];
    page.on(
      'console',
      (m) => m.text().includes('Content Security Policy') && violations.push(m.text()),
    );
    await waitForGloss(page);
    await tagReloadRepaint(page, url);
    // Gloss's own styles (shadow root, highlights) were not blocked by the page's policy.
    await selectText(page, 'forty buses');
    const style = await page
      .getByRole('button', { name: 'Person', exact: true })
      .evaluate((b) => getComputedStyle(b).borderRadius);
    expect(style).toBe('6px');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a page that removes every node it did not create: tagging still works, the UI host comes back', async () => {
    const url = suite.server.set('/hostile/remover.html', removerPage());
    const page = await suite.open(url, { waitForGloss: false });
    await page.waitForFunction(
      () => (window as unknown as { __removed: number }).__removed > 0,
      null,
      { timeout: 10_000 },
    );
    expect(await page.evaluate(() => !!document.querySelector('gloss-ui'))).toBe(false);
    // The page stays responsive: Gloss does not fight it in a tight loop (remounts are rationed, see
    // page-watch.ts). How fast it answers is for `npm run bench`; here, that it answers at all.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    // With no room for a toolbar, the keyboard shortcut still tags and paints (CSS highlights are not nodes).
    expect(collapse(await selectText(page, QUOTE))).toBe(QUOTE);
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(() => paintedRanges(page)).toContainEqual(['gloss-claim', QUOTE]);
    await expect.poll(async () => (await annotationsOf(url)).length).toBe(1);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForPainted(page, 1)).toEqual([QUOTE]);
    // Once the page stops sweeping, the UI host comes back with the next selection.
    await page.evaluate(() => (window as unknown as { __stopRemover: () => void }).__stopRemover());
    await selectText(page, 'forty buses');
    await expect
      .poll(() => page.evaluate(() => !!document.querySelector('gloss-ui')), { timeout: 5000 })
      .toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Organization', exact: true }).count())
      .toBe(1);
    await page.close();
  });

  it('a page that floods window.postMessage with forged Gloss messages', async () => {
    const url = suite.server.set('/hostile/postmessage.html', postMessagePage());
    const page = await suite.open(url, { waitForGloss: false });
    await waitForGloss(page);
    await page.waitForTimeout(1200); // let the flood run its course
    expect(await annotationsOf(url)).toEqual([]);
    expect(
      (await readExtensionDb(suite.gloss.worker)).annotations.some((a) => a.note === 'forged'),
    ).toBe(false);
    await tagReloadRepaint(page, url);
    await page.close();
  });

  it('an article inside an iframe', async () => {
    const innerUrl = suite.server.set('/hostile/inner.html', iframeInnerPage());
    const outerUrl = suite.server.set(
      '/hostile/outer.html',
      iframeOuterPage('/hostile/inner.html'),
    );
    const page = await suite.open(outerUrl, { waitForGloss: false });
    await page.waitForLoadState('load');
    const frame = page.frames().find((f) => f.url() === innerUrl)!;
    expect(frame).toBeTruthy();
    await waitForGloss(frame);
    await tagReloadRepaint(page, innerUrl, frame);
    expect(await paintedTexts(page)).toEqual([]); // the outer page has none of it
    await page.close();
  });

  it('a very long page (5 MB of text)', async () => {
    const html = longPage();
    expect(html.length).toBeGreaterThan(5_000_000);
    const url = suite.server.set('/hostile/long.html', html);
    const page = await suite.open(url, { waitForGloss: false });
    await waitForGloss(page);
    await tagReloadRepaint(page, url);
    await page.close();
  });
});
