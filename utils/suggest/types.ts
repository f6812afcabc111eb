/**
 * What `suggest()` hands the popup. Every offset is into the text it was given (the Readability
 * text of utils/page/article.ts), and every `text` is the exact slice `text.slice(start, end)`, so the
 * UI can look the surface form up in the live page (TOOLCHAIN.md: 99.9 % of article sentences
 * are found verbatim) and anchor the first mention, or all of them.
 */

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'organization';

export interface EntitySuggestion {
  type: EntityKind;
  /** The fullest form seen ("Barack Obama", not "Mr Obama"). */
  name: string;
  /** normalizeEntityName(name): the key Gloss merges entities on, so Accept can reuse an entity. */
  normalizedName: string;
  /** In text order; the first is where Accept anchors by default. */
  mentions: Mention[];
  /** 0..1: how sure the rules are (a known first name or an org suffix is surer than a lone capital word). */
  score: number;
}

export type ClaimReason = 'quantity' | 'comparison' | 'attribution' | 'prediction';

export interface ClaimSuggestion {
  type: 'claim';
  sentence: string;
  start: number;
  end: number;
  /** Check-worthiness; higher first. Not a probability: only the order matters. */
  score: number;
  reasons: ClaimReason[];
}

export type SuggestResult =
  | {
      supported: true;
      people: EntitySuggestion[];
      organizations: EntitySuggestion[];
      claims: ClaimSuggestion[];
    }
  | { supported: false; reason: string };

export interface SuggestInput {
  text: string;
  /** The page's declared language (Article.lang), e.g. "en-US"; null when it declares none. */
  lang?: string | null;
  title?: string;
  /** Article.byline: the article's own reporters, never suggested. */
  byline?: string | null;
  /** Ranges of `text` in captions, credits, bylines and page furniture (ExtractedArticle.asides): nothing there is suggested. */
  asides?: { start: number; end: number }[];
  /** Offsets in `text` where a block begins (ExtractedArticle.breaks): sentences never cross one. */
  breaks?: number[];
}
