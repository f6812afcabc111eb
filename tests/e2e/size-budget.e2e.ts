/**
 * Size budgets for the built extension (.output/chrome-mv3, which `npm test` builds before this
 * suite runs). Sizes are gzip -9 of the files as built (node:zlib): deterministic for a given
 * build, so this test cannot flake. `npm run bench` prints every bundle's size.
 *
 * Measured 2026-11-25 (gzip -9): content.js 36.5 KB; background.js 39.7 KB; the popup's first
 * load 47.5 KB (its entry chunk 5.2 KB + the shared messaging chunk 42.3 KB, which holds Preact,
 * Dexie and valibot). Budgets other than the content script's goal are ~20 % above those sizes:
 * room for features, not for a new dependency. Raise one only with a reason in the commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness/browser';
import { gzipSize } from '../../bench/sizes';

const KB = 1024;

/**
 * The content script is injected into every http(s) page and frame the reader opens, and parsed
 * before Gloss can restore anything: the goal is 25 KB gzipped (issue 11; Hypothesis's annotator
 * is 59 KB). A content script cannot load chunks, so content.js is the whole of it. Measured
 * 2026-12-01: 22.5 KB (Readability parses in the offscreen document; the UI host is Gloss's own);
 * 23.3 KB before issue 12's page edges, 25.3 KB with them (placement, status layer, chooser), 23.7 KB
 * once the record schemas no message of the content script uses were tree-shaken (schemas.ts).
 */
const CONTENT_SCRIPT_BUDGET = 25 * KB;
/**
 * The service worker, started on every message after Chromium has stopped it (39.7 KB measured
 * 2026-11-25; 47.0 KB on 2026-12-02 with the tally middleware of schema v6, which the one writer
 * must hold: its ~1 KB took the old 47 KB budget, so the budget is now 49 KB).
 */
const BACKGROUND_BUDGET = 49 * KB;
/**
 * What popup.html loads before it can show anything: its entry chunk and the chunks it preloads
 * (47.5 KB measured). The suggestions chunk (NLP and name lists, ~171 KB) is a dynamic import,
 * loaded only when asked for, and is not counted.
 */
const POPUP_FIRST_LOAD_BUDGET = 57 * KB;
/**
 * What sidepanel.html loads before it can show anything (59.8 KB measured 2026-12-01: the popup's
 * shared chunks, its own 7.3 KB, the export menu and jsdiff). Suggestions load on demand, as above.
 */
const SIDE_PANEL_FIRST_LOAD_BUDGET = 72 * KB;

const built = (file: string) => path.join(EXTENSION_DIR, file);
const gz = (file: string) => gzipSize(fs.readFileSync(built(file)));
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The scripts an HTML page loads up front: module entry and modulepreloads (not dynamic imports). */
function firstLoadScripts(html: string): string[] {
  const text = fs.readFileSync(built(html), 'utf8');
  const refs = [
    ...text.matchAll(
      /<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*\shref="([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  return [...new Set(refs.map((r) => r.replace(/^\//, '')))];
}

describe.skipIf(!fs.existsSync(built('manifest.json')))('bundle size budgets (gzip -9)', () => {
  it(`content script ≤ ${kb(CONTENT_SCRIPT_BUDGET)}`, () => {
    const size = gz('content-scripts/content.js');
    expect(size, `content-scripts/content.js is ${kb(size)} gzipped`).toBeLessThanOrEqual(
      CONTENT_SCRIPT_BUDGET,
    );
  });

  it(`background ≤ ${kb(BACKGROUND_BUDGET)}`, () => {
    const size = gz('background.js');
    expect(size, `background.js is ${kb(size)} gzipped`).toBeLessThanOrEqual(BACKGROUND_BUDGET);
  });

  it.each([
    ['popup.html', POPUP_FIRST_LOAD_BUDGET],
    ['sidepanel.html', SIDE_PANEL_FIRST_LOAD_BUDGET],
  ])(`%s first load ≤ its budget`, (html, budget) => {
    const scripts = firstLoadScripts(html);
    expect(scripts.length, `${html} loads no script`).toBeGreaterThan(0);
    const sizes = scripts.map((s) => [s, gz(s)] as const);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    expect(
      total,
      `${html} loads ${sizes.map(([s, n]) => `${s} ${kb(n)}`).join(' + ')} = ${kb(total)} gzipped (budget ${kb(budget)})`,
    ).toBeLessThanOrEqual(budget);
  });
});
