import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../../utils/page/article';
import { splitParagraphs } from '../../../utils/page/paragraphs';
import { readSeedHtml } from '../helpers/corpus';

export const SEED_URL =
  'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm';

/** The seed article's paragraphs, as a snapshot of it keeps them. */
export function seedParagraphs(): string[] {
  const doc = new JSDOM(readSeedHtml(), { url: SEED_URL, virtualConsole: new VirtualConsole() })
    .window.document;
  const article = extractArticle(doc, SEED_URL)!;
  return splitParagraphs(article.text, article.breaks);
}
