/**
 * "Read more" teaser lists: a section's other stories, each a headline, a label and a "Read more"
 * link. On some pages (france24-1, Readability 0.6) the list scores higher than the story, and
 * Readability returns it as the article: the reader then gets headlines of other stories, and the
 * suggestions the names in them. extractArticle asks again without the teasers when that happens.
 */

const MORE = /^\s*(?:read|see|watch|view)\s+more\s*$/i;
/** A teaser is short: a label, a headline, the link. The story around it is much longer. */
const MAX_TEASER_CHARS = 300;
/** How many teasers, and how much of the text they must be, before a parse counts as a teaser list. */
const MIN_TEASERS = 3;
const MIN_TEASER_SHARE = 0.5;

/**
 * Text a reader sees in `el`, roughly: scripts and styles left out, whitespace squashed. Counting
 * stops once past `cap`: climbing from a link, the first ancestor over the teaser size is often the
 * whole page, and every "Read more" link would otherwise walk all of it.
 */
function visibleLength(el: Element, cap = Infinity): number {
  let n = 0;
  const walk = (node: Node) => {
    if (n > cap) return;
    if (node.nodeType === 3) n += (node as Text).data.replace(/\s+/g, ' ').length;
    else if (node.nodeType === 1 && !['script', 'style'].includes((node as Element).localName))
      node.childNodes.forEach(walk);
  };
  walk(el);
  return n;
}

const moreLinks = (root: Element | Document) =>
  [...root.querySelectorAll('a')].filter((a) => MORE.test(a.textContent ?? ''));

/**
 * Each teaser under `root`: the largest element around a "Read more" link that is still short and
 * holds no other teaser's link.
 */
export function teaserItems(root: Element | Document): Element[] {
  const top = 'documentElement' in root ? root.documentElement : root;
  return moreLinks(root).map((link) => {
    let el: Element = link;
    for (let up = el.parentElement; up && el !== top; up = up.parentElement) {
      if (visibleLength(up, MAX_TEASER_CHARS) > MAX_TEASER_CHARS || moreLinks(up).length > 1) break;
      el = up;
    }
    return el;
  });
}

/** Whether an extracted article is mostly teasers for other stories. */
export function isTeaserList(content: Element): boolean {
  const items = teaserItems(content);
  if (items.length < MIN_TEASERS) return false;
  const teasers = items.reduce((n, el) => n + visibleLength(el), 0);
  return teasers >= MIN_TEASER_SHARE * visibleLength(content);
}

/** A clone of `doc` without its teasers, for Readability to look for the story again. */
export function withoutTeasers(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const el of teaserItems(clone)) el.remove();
  return clone;
}
