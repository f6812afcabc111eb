// @vitest-environment node
import { it } from 'vitest';
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../utils/article';
import { readSeedHtml, readCorpusPage, corpusNames } from '../helpers/corpus';
it('dump', () => {
  const out: Record<string, unknown> = {};
  const pages: [string, string, string][] = [['seed', readSeedHtml(), 'https://www.workercn.cn/a']];
  for (const n of corpusNames()) pages.push([n, readCorpusPage(n).sourceHtml, 'https://example.com/' + n]);
  for (const [n, html, url] of pages) {
    const a = extractArticle(new JSDOM(html, { url }).window.document, url);
    out[n] = a ? { title: a.title, byline: a.byline, lang: a.lang, len: a.text.length, text: a.text } : null;
    if (a) fs.writeFileSync('/tmp/sg/' + n + '.txt', a.text);
  }
  fs.writeFileSync('/tmp/sg/meta.json', JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]: any) => [k, v && { ...v, text: undefined }])), null, 1));
}, 120000);
