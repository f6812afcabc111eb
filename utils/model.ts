/**
 * Gloss's data model: what is stored in Dexie, exported, and passed in messages.
 * Timestamps are ISO-8601 strings so exports read well and sort lexically.
 */

export const ANNOTATION_TYPES = ['highlight', 'person', 'organization', 'claim'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

export const ENTITY_TYPES = ['person', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false', 'misleading'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
/** A DOM-range hint: XPaths relative to the anchoring root, offsets in characters of the text nodes. */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export interface ClaimInfo {
  status: ClaimStatus;
  evidenceUrl: string;
  note: string;
  /** Entity id of the person or organization who made the claim. */
  claimantId: string | null;
  /** Where the reader's published fact-check of this claim lives (ClaimReview's `url`). */
  reviewUrl?: string;
}

export interface Annotation {
  id: string;
  /** Normalized URL of the article (see utils/url.ts): the key of its Article. */
  articleUrl: string;
  type: AnnotationType;
  quote: string;
  prefix: string;
  suffix: string;
  selectors: Selector[];
  note: string;
  /** For person/organization annotations: the linked Entity. */
  entityId: string | null;
  /** For claims only. */
  claim: ClaimInfo | null;
  tags: string[];
  color: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Article {
  /** Normalized URL of the page (key). */
  url: string;
  /** Normalized `<link rel=canonical>` when the page declares one on its own host. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Length in characters of the article text Readability found. */
  length: number;
  /** Hash of the article's text, so later edits to the article can be noticed. */
  textHash: string | null;
  /** Keys of suggestions the reader dismissed for this article (schema v2). */
  dismissedSuggestions: string[];
  savedAt: string;
  updatedAt: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** See normalizeEntityName(): what makes two names the same entity. */
  normalizedName: string;
  aliases: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What a page's content script knows of an annotation: enough to find and paint it, nothing the
 * reader wrote. Notes, names, claim fields and entities stay in extension-origin documents, out of
 * reach of the page's scripts (see README, Privacy and security).
 */
export interface Mark {
  id: string;
  articleUrl: string;
  type: AnnotationType;
  selectors: Selector[];
  color: string | null;
}

export const toMark = ({ id, articleUrl, type, selectors, color }: Pick<Annotation, keyof Mark>): Mark => ({ id, articleUrl, type, selectors, color });

/** Where an annotation landed on the page when it was last anchored. */
export type AnchorState = 'anchored' | 'approximate' | 'orphaned';
