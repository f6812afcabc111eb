import type * as v from 'valibot';
import type {
  annotationDraftSchema,
  annotationPatchSchema,
  annotationSchema,
  articleInputSchema,
  articleSchema,
  articleSnapshotSchema,
  claimSchema,
  entitySchema,
  rangeSelectorSchema,
  selectorSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from './schemas';
import type { AnnotationType } from './vocabulary';

/**
 * Gloss's data model: what is stored in Dexie, exported, and passed in messages. Every type is
 * inferred from its valibot schema (./schemas.ts), so the types, the validation and the published
 * JSON Schema cannot drift apart. Timestamps are ISO-8601 strings so exports read well and sort lexically.
 */

export * from './vocabulary';
// The schemas themselves are imported from './schemas' where something validates: not every bundle needs valibot.

export type TextQuoteSelector = v.InferOutput<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof textPositionSelectorSchema>;
/** A DOM-range hint: XPaths relative to the anchoring root, offsets in characters of the text nodes. */
export type RangeSelector = v.InferOutput<typeof rangeSelectorSchema>;
/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export type Selector = v.InferOutput<typeof selectorSchema>;
/** A claim's verdict; `claimantId` is the entity who made it, `reviewUrl` the reader's published fact-check. */
export type ClaimInfo = v.InferOutput<typeof claimSchema>;
/** `articleUrl` is the normalized URL of the article (utils/page/url.ts); `entityId` for people and organizations, `claim` for claims. */
export type Annotation = v.InferOutput<typeof annotationSchema>;
/** Keyed by the page's normalized URL; `textHash` lets later edits be noticed; `dismissedSuggestions` since schema v2. */
export type Article = v.InferOutput<typeof articleSchema>;
/** `normalizedName` (see normalizeEntityName) is what makes two names the same entity. */
export type Entity = v.InferOutput<typeof entitySchema>;

/** What a page tells about its article; what the reader did with it (dates, dismissals) is the database's. */
export type ArticleInput = v.InferOutput<typeof articleInputSchema>;
/** A new annotation as a page or an import makes it: the database adds the entity link, claim and dates. */
export type AnnotationDraft = v.InferOutput<typeof annotationDraftSchema>;
/** The fields of an annotation a reader can change. */
export type AnnotationPatch = v.InferOutput<typeof annotationPatchSchema>;

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

export const toMark = ({
  id,
  articleUrl,
  type,
  selectors,
  color,
}: Pick<Annotation, keyof Mark>): Mark => ({ id, articleUrl, type, selectors, color });
/** The article's text when it was annotated, as paragraphs (schema v4). */
export type ArticleSnapshot = v.InferOutput<typeof articleSnapshotSchema>;
