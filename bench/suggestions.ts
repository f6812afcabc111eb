/**
 * Suggestions (issue "Suggestions"): time to suggest on the longest English corpus article in
 * Chromium, against compromise's own entity finder on the same text (goal < 300 ms), and precision
 * and recall per hand-labelled page (tests/fixtures/suggest/*.labels.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PageServer } from '../tests/e2e/harness/server';
import { seedHtml } from '../tests/e2e/harness/server';
import type { SuggestPageApi } from './in-page/suggest-page';
import type { SuggestLabels } from '../utils/suggest/evaluate';
import { corpusByLength } from './lib/corpus';
import { localOnly } from './lib/browser';
import { ms, times, type Row } from './lib/report';
import { fromRoot } from './lib/paths';

const SECTION = '5. suggestions (Chromium, in the page)';
const GOAL_MS = 300;
const PASSES = 7;
const LABELS_DIR = () => fromRoot('tests/fixtures/suggest');

async function openWithSuggest(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  await localOnly(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(fs.readFileSync(fromRoot('bench/.out/suggest-page.js'), 'utf8'));
  return page;
}

const call = <K extends keyof SuggestPageApi>(page: Page, name: K, ...args: Parameters<SuggestPageApi[K]>) =>
  page.evaluate(([n, a]) => (globalThis as never as { __glossSuggest: Record<string, (...x: unknown[]) => unknown> }).__glossSuggest[n as string](...(a as unknown[])), [
    name,
    args,
  ] as const) as Promise<ReturnType<SuggestPageApi[K]>>;

const pct = (x: number) => `${Math.round(x * 100)}%`;

export async function benchSuggestions(browser: Browser, server: PageServer): Promise<Row[]> {
  const rows: Row[] = [];
  // The longest article Gloss suggests for: English only, so the longest English one.
  for (const candidate of corpusByLength()) {
    const page = await openWithSuggest(browser, server.set(`/bench/suggest-${candidate.name}`, candidate.html));
    const article = await call(page, 'article');
    if (!article || !(article.lang ?? 'en').toLowerCase().startsWith('en')) {
      await page.context().close();
      continue;
    }
    const t = await call(page, 'timing', PASSES);
    await page.context().close();
    rows.push({
      section: SECTION,
      measurement: `time to suggest, longest English article (${candidate.name}, ${t.chars.toLocaleString('en-US')} chars)`,
      gloss: ms(t.gloss),
      baseline: `compromise people()+organizations(): ${ms(t.compromise)}`,
      ratio: `${times(t.compromise / t.gloss)} faster; goal < ${GOAL_MS} ms`,
      pass: t.gloss < GOAL_MS,
      data: { page: candidate.name, ...t, passes: PASSES },
    });
    break;
  }
  if (rows.length === 0) rows.push({ section: SECTION, measurement: 'time to suggest (skipped: ../shared/corpus absent)', gloss: '—', baseline: '—', ratio: '—', pass: null });

  const corpus = new Map(corpusByLength().map((p) => [p.name, p.html]));
  for (const file of fs.readdirSync(LABELS_DIR()).filter((f) => f.endsWith('.json')).sort()) {
    const name = file === 'seed-labels.json' ? 'seed' : file.replace(/\.labels\.json$/, '');
    const html = name === 'seed' ? seedHtml() : corpus.get(name);
    if (!html) continue;
    const labels = JSON.parse(fs.readFileSync(path.join(LABELS_DIR(), file), 'utf8')) as SuggestLabels;
    const page = await openWithSuggest(browser, server.set(`/bench/suggest-labels-${name}`, html));
    const s = await call(page, 'score', labels);
    await page.context().close();
    if (!s) continue;
    rows.push({
      section: SECTION,
      measurement: `precision / recall on ${name} (our labels)`,
      gloss: `people ${pct(s.people.precision)}/${pct(s.people.recall)}, orgs ${pct(s.organizations.precision)}/${pct(s.organizations.recall)}`,
      baseline: 'hand labels',
      ratio: `claims ${pct(s.claims.precision)}/${pct(s.claims.recall)} (precision in top k)`,
      pass: null,
      data: { page: name, ...s },
    });
  }
  return rows;
}
