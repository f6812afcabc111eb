import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import { EXTENSION_DIR } from './harness/browser';
import { closeCard, paintedRanges, tagText } from './harness/page';
import { readExtensionDb } from './harness/idb';

/**
 * Readability runs in Chrome's offscreen document, not on the page: the page hands over a copy of
 * its HTML, its first annotation is saved (and painted) at once, and the article record is completed
 * when the parse is done. The page below gives its headline and author only in JSON-LD, which only
 * Readability reads (Gloss's own fallbacks look at og:title, <meta name=author> and <title>).
 */
const HEADLINE = 'Council approves the river bridge after a decade of delays';
const AUTHOR = 'Ines Okafor';
const QUOTE = 'The council voted nine to two on Tuesday evening';
const paragraphs = [
  `${QUOTE} to fund the bridge, ending a dispute that began when the first design was rejected in 2014.`,
  'Residents of both banks had asked for a crossing since the ferry stopped running, and traders said the detour cost them an hour a day.',
  'The engineering firm chosen last spring estimates the work at three years, with the foundations laid before the autumn floods.',
  'Opponents argued that the money should go to schools first; the mayor said the bridge would pay for itself within fifteen years.',
  'A public consultation on the final design opens next month, and the first contracts are expected to be signed in the new year.',
];
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home | Riverside Gazette</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Person', name: AUTHOR } })}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>${HEADLINE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© Riverside Gazette</footer></body></html>`;

const suite = useGlossSuite();

describe('the first annotation saves its article, parsed off the page', () => {
  it("Readability is in the offscreen document's script, not in the content script", () => {
    // A string from Readability's own candidate patterns: present where it runs, absent elsewhere.
    const marker = 'ai2html';
    const read = (file: string) => fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
    const offscreenScripts = [...read('offscreen.html').matchAll(/src="\/([^"]+\.js)"/g)].map((m) =>
      read(m[1]),
    );
    expect(offscreenScripts.some((s) => s.includes(marker))).toBe(true);
    expect(read('content-scripts/content.js')).not.toContain(marker);
    expect(read('background.js')).not.toContain(marker);
  });

  it("paints and saves the annotation at once; the record gets Readability's title and byline from the offscreen parse", async () => {
    const url = suite.server.set('/gazette/bridge.html', page);
    const tab = await suite.open(url);
    await tagText(tab, QUOTE, 'Highlight');
    expect(await paintedRanges(tab)).toContainEqual(['gloss-highlight', QUOTE]);
    await closeCard(tab);

    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).articles.map((a) => a.title), {
        timeout: 15_000,
      })
      .toEqual([HEADLINE]);
    const db = await readExtensionDb(suite.gloss.worker);
    expect(db.annotations.map((a) => [a.articleUrl, a.quote])).toEqual([[url, QUOTE]]);
    const [article] = db.articles;
    expect(article).toMatchObject({ url, byline: AUTHOR, lang: 'en' });
    expect(article.textHash).toMatch(/^[0-9a-f]+$/);
    expect(article.length).toBe(paragraphs.join(' ').length); // the story, without the nav, footer or the headline

    // The parse ran in Chrome's offscreen document (it closes again once idle).
    const contexts = await suite.gloss.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map(
        (c) => new URL(c.documentUrl).pathname,
      ),
    );
    expect(contexts).toEqual(['/offscreen.html']);

    // A second annotation leaves the completed record as it is.
    const savedAt = article.savedAt;
    await tagText(tab, 'the ferry stopped running', 'Highlight');
    await closeCard(tab);
    await expect
      .poll(async () => (await readExtensionDb(suite.gloss.worker)).annotations.length)
      .toBe(2);
    expect((await readExtensionDb(suite.gloss.worker)).articles).toEqual([
      expect.objectContaining({ title: HEADLINE, savedAt }),
    ]);
    await tab.close();
  });
});

declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl: string }[]> };
};
