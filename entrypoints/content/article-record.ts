import type { ArticleInput } from '@/utils/model';
import type { ArticleFound, ArticleText } from '@/utils/protocol/page-shapes';
import { canonicalAlias } from '@/utils/page/url';
import { canonicalHref } from '@/utils/page/canonical-link';

/**
 * What the content script hands out of the article it found (article-cache.ts): the record Gloss
 * stores, without the text, and the text with its facts, for suggestions and snapshots. One place
 * says which fields are the record and which the text.
 */

/** The article record, without what only suggestions and snapshots need (text, asides, breaks). */
export function articleRecord(found: ArticleFound): ArticleInput {
  const { text: _text, asides: _asides, breaks: _breaks, ...meta } = found;
  return meta;
}

/** The record for the annotation's URL, not the article's: an SPA may have moved on since extraction. */
export function articleRecordAt(found: ArticleFound, url: string, doc: Document): ArticleInput {
  return { ...articleRecord(found), url, canonicalUrl: canonicalAlias(url, canonicalHref(doc)) };
}

/** The article's text and facts, for suggestions (extension pages run the NLP, not the page). */
export function articleTextOf(found: ArticleFound): ArticleText {
  return {
    url: found.url,
    canonicalUrl: found.canonicalUrl,
    text: found.text,
    lang: found.lang,
    title: found.title,
    byline: found.byline,
    asides: found.asides,
    breaks: found.breaks,
  };
}
