import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../model';
import { hashText } from './text-hash';
import { collapseWhitespace, squashWhitespace } from './anchoring/whitespace';
import { separatesWords } from './blocks';
import { canonicalAlias, normalizeUrl } from './url';
import { canonicalHref } from './canonical-link';
import { isMenu, withoutNavigation } from './menus';
import { isTeaserList, withoutTeasers } from './teasers';
import * as L from '../model/limits';

/** What extractArticle finds on a page: an Article without its timestamps, plus the text itself. */
export interface ExtractedArticle extends Omit<
  Article,
  'savedAt' | 'updatedAt' | 'dismissedSuggestions'
> {
  /** The article's text, whitespace-collapsed, blocks apart (see blockText): what `length` counts and `textHash` hashes. */
  text: string;
  /** Where in `text` captions, credits, bylines, reference lists and page furniture sit (see asideRanges): suggestions leave them out. */
  asides: TextRange[];
  /** Offsets in `text` where a block (paragraph, heading, list item, line) begins: its paragraphs (utils/page/paragraphs.ts). */
  breaks: number[];
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * isProbablyReaderable() is a cheap guess, tuned to avoid false positives for Firefox's reader
 * button; it misses articles whose text sits in `<div>`s rather than `<p>`s. So Readability always
 * runs (~30 ms in Chromium, see TOOLCHAIN.md), and when the guess said no, its result counts as an
 * article only if it is at least this long — Readability's own `charThreshold` default.
 */
export const MIN_TEXT_IF_NOT_READERABLE = 500;

/**
 * What Readability sometimes returns instead of the story, and the copy of the page to look again
 * at: a "Read more" list of other stories (teasers.ts), a site's menu (menus.ts).
 */
const SECOND_LOOKS: [(content: Element) => boolean, (doc: Document) => Document][] = [
  [isTeaserList, withoutTeasers],
  [isMenu, withoutNavigation],
];

/**
 * Finds the article in `doc` with Mozilla's Readability, or returns null when there is none or
 * `pageUrl` is not an http(s) page. Readability rewrites the DOM it is given (it removes scripts,
 * unwraps and deletes nodes), so it works on a deep clone: the live page, which the reader is
 * looking at and Gloss paints highlights on, is never touched.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle | null {
  const url = normalizeUrl(pageUrl);
  if (!url) return null;
  const readerable = isProbablyReaderable(doc);
  // The serializer hands back the article's element (in the clone) instead of an HTML string.
  // keepClasses: the classes tell captions and credits apart (they do not change what Readability picks).
  const parse = (copy: Document) =>
    new Readability<Node>(copy, { serializer: (n) => n, keepClasses: true }).parse();
  let parsed = parse(doc.cloneNode(true) as Document);
  // Something else taken for the article: look again without it, and keep the new parse only if
  // it is not the same mistake.
  for (const [mistaken, without] of SECOND_LOOKS)
    if (parsed?.content && mistaken(parsed.content as Element)) {
      const again = parse(without(doc));
      if (again?.content && !mistaken(again.content as Element)) parsed = again;
    }
  const { text, asides, breaks } = parsed?.content
    ? blockTextWithAsides(parsed.content)
    : { text: '', asides: [], breaks: [] };
  if (!parsed || !text || (!readerable && text.length < MIN_TEXT_IF_NOT_READERABLE)) return null;

  return {
    url,
    canonicalUrl: canonicalAlias(pageUrl, canonicalHref(doc)),
    // Kept exactly as Readability gives it (it already trims): it is the page's own headline.
    title: clamp(
      clean(parsed.title) ?? meta(doc, 'og:title') ?? clean(doc.title) ?? '',
      L.MAX_TEXT_CHARS,
    ),
    // Readability takes a byline from a DOM node's textContent, layout whitespace and all.
    byline: clamp(collapsed(parsed.byline) ?? collapsed(meta(doc, 'author')), L.MAX_NAME_CHARS),
    siteName: clamp(
      collapsed(parsed.siteName) ?? collapsed(meta(doc, 'og:site_name')),
      L.MAX_NAME_CHARS,
    ),
    publishedTime: clamp(
      clean(parsed.publishedTime) ?? meta(doc, 'article:published_time') ?? timeDatetime(doc),
      L.MAX_NAME_CHARS,
    ),
    lang: clamp(
      clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
      MAX_LANG_CHARS,
    ),
    excerpt: clamp(collapsed(parsed.excerpt), L.MAX_TEXT_CHARS),
    length: text.length,
    textHash: hashText(text),
    text,
    asides,
    breaks,
  };
}

/** The stored record for an extraction; `now` is a parameter so tests can fix the clock. */
/** A language tag is short (BCP 47 allows 35 characters); a page's `lang` may be anything. */
const MAX_LANG_CHARS = 35;

/**
 * Page metadata is the page author's to make as long as they like; Gloss keeps it within the
 * limits its own files accept (utils/model/limits.ts), so whatever it stores exports and imports back.
 */
function clamp<T extends string | null>(value: T, max: number): T {
  return (value !== null && value.length > max ? value.slice(0, max) : value) as T;
}

export function articleToRecord(extracted: ExtractedArticle, now = new Date()): Article {
  const { text: _text, asides: _asides, breaks: _breaks, ...fields } = extracted;
  const stamp = now.toISOString();
  return { ...fields, dismissedSuggestions: [], savedAt: stamp, updatedAt: stamp };
}

/**
 * The text of `root` as a reader sees it, whitespace-collapsed. Not Readability's `textContent`:
 * that glues adjacent blocks together (`…mass killings".</p><p>He vowed…` gives `killings".He`),
 * which would put words into the article that the page never shows, and make a quote spanning
 * two paragraphs unfindable. Here block elements and `<br>` are set apart by a space.
 */
export function blockText(root: Node): string {
  return blockTextWithAsides(root).text;
}

/**
 * Elements that hold no article prose: captions and photo credits (`<figcaption>`, `[class*=credit]`),
 * bylines and author lines, reference lists and footnote markers, tables of contents, newsletter and
 * sharing boxes. Readability keeps many of them; names in them are not the article's subjects.
 */
const ASIDE_TAGS = new Set(['figcaption', 'figure', 'aside', 'nav', 'address', 'sup', 'cite']);
const ASIDE_CLASS =
  /caption|credit|attribution|source_?via|byline|author|^ref(?:list|erences?)$|footnote|^toc$|editsection|newsletter|promo|subscri|signup|related|share|social|advert/i;
/** "no_caption", "has-caption": a class about a caption elsewhere, not on one. */
const NOT_ASIDE_CLASS = /^(?:no|has|with|without)[-_]/i;
/** A caption is short; an element this long with a matching class is a wrapper ("has-caption"), not an aside. */
const MAX_ASIDE_CHARS = 1500;

function isAside(el: Element): boolean {
  if (ASIDE_TAGS.has(el.localName)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`
    .split(/\s+/)
    .filter((n) => ASIDE_CLASS.test(n) && !NOT_ASIDE_CLASS.test(n));
  if (names.length === 0) return false;
  // Reference lists are long by nature; anything else that long is a wrapper.
  return (
    names.some((n) => /^(?:ref|toc)/i.test(n)) || (el.textContent ?? '').length <= MAX_ASIDE_CHARS
  );
}

/**
 * blockText, plus the ranges of it that come from asides and the offsets where blocks begin.
 * Whitespace is collapsed as the text grows, so offsets are final.
 */
export function blockTextWithAsides(root: Node): {
  text: string;
  asides: TextRange[];
  breaks: number[];
} {
  let out = '';
  const append = (s: string) => {
    const t = squashWhitespace(s);
    out += (out === '' || out.endsWith(' ')) && t.startsWith(' ') ? t.slice(1) : t;
  };
  const asides: TextRange[] = [];
  // Taken right after a block's separating space, so a break never falls inside a word.
  const breaks: number[] = [];
  const mark = () => {
    if (out.length > 0 && breaks.at(-1) !== out.length) breaks.push(out.length);
  };
  const walk = (node: Node, inAside: boolean) => {
    if (node.nodeType === 3 /* TEXT_NODE */) append((node as Text).data);
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const el = node as Element;
    const block = separatesWords(el.localName);
    const aside = !inAside && isAside(el);
    if (block) {
      append(' ');
      mark();
    }
    const start = out.length;
    node.childNodes.forEach((child) => walk(child, inAside || aside));
    if (aside && out.length > start) asides.push({ start, end: out.length });
    if (block) {
      append(' ');
      mark();
    }
  };
  walk(root, false);
  const text = out.trimEnd();
  return {
    text,
    asides: asides
      .map((r) => ({ start: r.start, end: Math.min(r.end, text.length) }))
      .filter((r) => r.end > r.start),
    breaks: breaks.filter((b) => b < text.length),
  };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function collapsed(value: string | null | undefined): string | null {
  return value ? clean(collapseWhitespace(value)) : null;
}

/** `<meta property=…>` (Open Graph) or `<meta name=…>`, whichever has content first. */
function meta(doc: Document, key: string): string | null {
  for (const el of doc.querySelectorAll('meta[content]')) {
    const names = [el.getAttribute('property'), el.getAttribute('name')].map((n) =>
      n?.trim().toLowerCase(),
    );
    if (names.includes(key)) {
      const content = clean(el.getAttribute('content'));
      if (content) return content;
    }
  }
  return null;
}

/** A `<time datetime>` inside the `<article>` first, so a sidebar's dates are not taken for it. */
function timeDatetime(doc: Document): string | null {
  const el = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return clean(el?.getAttribute('datetime'));
}
