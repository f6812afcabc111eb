import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractedArticle } from '../../../utils/article';
import type { SuggestLabels } from '../../../utils/suggest/evaluate';

export const SEED_URL = 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm';

export function extract(html: string, url: string): ExtractedArticle {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const article = extractArticle(doc, url);
  if (!article) throw new Error(`no article in ${url}`);
  return article;
}

export function readLabels(file: string): SuggestLabels & { mustNotAppear?: string[] } {
  return JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures/suggest', file), 'utf8'));
}
