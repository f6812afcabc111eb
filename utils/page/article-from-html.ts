import { extractArticle, type ExtractedArticle } from './article';
import { MAX_PAGE_HTML_CHARS } from './page-snapshot';

/**
 * Readability on a page's serialized HTML, in an extension document (the offscreen document in
 * Chrome, the background page in Firefox). The HTML is the hostile page's: DOMParser makes an inert
 * document — no scripts run, nothing loads, no browsing context — and it is never inserted into a
 * live one. `pageUrl` is the URL the page's own content script reported (the router has checked it).
 */
export function extractArticleFromHtml(
  html: string,
  pageUrl: string,
  parser: DOMParser = new DOMParser(),
): ExtractedArticle | null {
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  return extractArticle(parser.parseFromString(html, 'text/html'), pageUrl);
}
