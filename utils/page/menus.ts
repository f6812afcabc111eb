/**
 * A site's menu taken for the article. On some pages (a sports site's network bar, mp-247sports-1)
 * Readability scores the navigation over a short story and returns a list of links: the reader then
 * gets menu words as the article, and the suggestions nothing (it does not read as English).
 * extractArticle asks again without the page's navigation when that happens.
 */
import { squashWhitespace } from './anchoring/whitespace';

/** How much of a parse's text may sit in links before it counts as a menu, not a story. */
const MAX_LINK_SHARE = 0.6;

const squashedLength = (node: Node) => squashWhitespace(node.textContent ?? '').trim().length;

/** Whether an extracted article's text is mostly link text: a menu. */
export function isMenu(content: Element): boolean {
  const all = squashedLength(content);
  if (!all) return false;
  const links = [...content.querySelectorAll('a')].reduce((n, a) => n + squashedLength(a), 0);
  return links > MAX_LINK_SHARE * all;
}

/** The page's navigation: where a menu lives when the page says so. */
const NAVIGATION =
  'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** A clone of `doc` without its navigation, for Readability to look for the story again. */
export function withoutNavigation(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const el of clone.querySelectorAll(NAVIGATION)) el.remove();
  return clone;
}
