import * as v from 'valibot';
import { ANNOTATION_TYPES, CLAIM_STATUSES, ENTITY_TYPES } from './vocabulary';
import { normalizeEntityName } from './entity-name';
import { httpUrlOrNull } from './safe-url';
import * as L from './limits';
import { withThousands } from '../format';

/*
 * The model, once: valibot schemas for every record Gloss stores, exports, imports and passes in
 * messages. Types come from them (utils/model/index.ts), the import validates with them, and the
 * published JSON Schema is generated from them (schema/gloss-export.schema.json). `v.object` drops keys it does not know,
 * so what comes out is a fresh plain object holding exactly the model's fields: unknown
 * fields in a file are ignored, not an error (a newer Gloss may add optional ones).
 * Messages are phrased to follow the field name: `"quote" is longer than …`.
 */

// Marked side-effect free: `withThousands(max)` is a call a bundler must otherwise keep, and with
// it every schema built from text() stayed in bundles that use none of them (the content script).
export const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `is longer than the ${withThousands(max)}-character limit`));

/** Ids are made by crypto.randomUUID(); allow any short token, nothing that could be markup. */
export const id = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
    'must be 1–128 letters, digits, ".", "_", ":" or "-"',
  ),
);

export const timestamp = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO-8601 timestamp such as 2024-05-17T08:00:00.000Z'),
);

/** Written out rather than with the i flag: JSON Schema patterns have no flags. */
const WEB_SCHEME = /^[hH][tT][tT][pP][sS]?:\/\//;

/** Imported URLs end up in links: only http(s) is accepted. */
export const httpUrl = v.pipe(
  text(L.MAX_URL_CHARS),
  // Says the same as the check below, in a form the published JSON Schema can carry.
  v.regex(WEB_SCHEME, 'must be an http:// or https:// URL'),
  // Only where the pattern held, so one bad URL is reported once.
  v.check(
    (s) => !WEB_SCHEME.test(s) || httpUrlOrNull(s) !== null,
    'must be an http:// or https:// URL',
  ),
);

export const color = v.pipe(
  v.string(),
  v.regex(/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30})$/, 'must be a color like "#ffd54f" or "yellow"'),
);

const count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);

export const textQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: text(L.MAX_TEXT_CHARS),
  prefix: text(L.MAX_CONTEXT_CHARS),
  suffix: text(L.MAX_CONTEXT_CHARS),
});
export const textPositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: count,
  end: count,
});
export const rangeSelectorSchema = v.object({
  type: v.literal('RangeSelector'),
  startContainer: text(L.MAX_CONTEXT_CHARS),
  startOffset: count,
  endContainer: text(L.MAX_CONTEXT_CHARS),
  endOffset: count,
});
export const selectorSchema = v.variant('type', [
  textQuoteSelectorSchema,
  textPositionSelectorSchema,
  rangeSelectorSchema,
]);

export const selectorsSchema = v.pipe(
  v.array(selectorSchema),
  v.maxLength(L.MAX_SELECTORS, `has more than ${L.MAX_SELECTORS} selectors`),
);

const optionalHttpUrl = v.pipe(
  text(L.MAX_URL_CHARS),
  v.regex(/^$|^[hH][tT][tT][pP][sS]?:\/\//, 'must be empty or an http:// or https:// URL'),
  v.check(
    (s) => !WEB_SCHEME.test(s) || httpUrlOrNull(s) !== null,
    'must be empty or an http:// or https:// URL',
  ),
);

export const claimSchema = v.object({
  status: v.picklist(CLAIM_STATUSES),
  evidenceUrl: optionalHttpUrl,
  note: text(L.MAX_TEXT_CHARS),
  claimantId: v.nullable(id),
  /**
   * Where the reader published their fact-check of this claim: the ClaimReview's `url`. Optional
   * (added after v1 files were written; absent means none), so every existing file stays valid.
   */
  reviewUrl: v.optional(optionalHttpUrl),
});

export const tagsSchema = v.pipe(
  v.array(text(L.MAX_TAG_CHARS)),
  v.maxLength(L.MAX_TAGS, `has more than ${L.MAX_TAGS} tags`),
);

export const annotationSchema = v.object({
  id,
  articleUrl: httpUrl,
  type: v.picklist(ANNOTATION_TYPES),
  quote: text(L.MAX_TEXT_CHARS),
  prefix: text(L.MAX_CONTEXT_CHARS),
  suffix: text(L.MAX_CONTEXT_CHARS),
  selectors: selectorsSchema,
  note: text(L.MAX_TEXT_CHARS),
  entityId: v.nullable(id),
  claim: v.nullable(claimSchema),
  tags: tagsSchema,
  color: v.nullable(color),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const articleSchema = v.object({
  url: httpUrl,
  canonicalUrl: v.nullable(httpUrl),
  title: text(L.MAX_TEXT_CHARS),
  byline: v.nullable(text(L.MAX_NAME_CHARS)),
  siteName: v.nullable(text(L.MAX_NAME_CHARS)),
  // Whatever the page declared ("2024-05-17 15:58" is common): text, not a timestamp.
  publishedTime: v.nullable(text(L.MAX_NAME_CHARS)),
  lang: v.nullable(text(35)),
  excerpt: v.nullable(text(L.MAX_TEXT_CHARS)),
  length: count,
  textHash: v.nullable(text(256)),
  // Added in schema v2; files from before it have none.
  dismissedSuggestions: v.optional(
    v.pipe(v.array(text(L.MAX_NAME_CHARS)), v.maxLength(10_000)),
    [],
  ),
  savedAt: timestamp,
  updatedAt: timestamp,
});

/**
 * The article's text as Gloss saw it when the reader annotated it (schema v4): Readability's text as
 * plain paragraphs, so a later visit can tell the reader what the site changed since. Kept per
 * article (the reader can turn snapshots off in the library's settings).
 */
export const articleSnapshotSchema = v.object({
  articleUrl: httpUrl,
  paragraphs: v.pipe(
    v.array(text(L.MAX_TEXT_CHARS)),
    v.maxLength(L.MAX_SNAPSHOT_PARAGRAPHS, `has more than ${L.MAX_SNAPSHOT_PARAGRAPHS} paragraphs`),
  ),
  /** The hash of the text the paragraphs make (utils/page/text-hash.ts), as the article record's textHash. */
  textHash: text(256),
  takenAt: timestamp,
});

/** A person's or organization's name as the reader writes it. */
export const entityName = v.pipe(
  text(L.MAX_NAME_CHARS),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);

/** `normalizedName` is derived, so it is recomputed rather than trusted from the file. */
export const entitySchema = v.pipe(
  v.object({
    id,
    type: v.picklist(ENTITY_TYPES),
    name: entityName,
    normalizedName: text(L.MAX_NAME_CHARS),
    aliases: v.pipe(
      v.array(text(L.MAX_NAME_CHARS)),
      v.maxLength(L.MAX_TAGS, `has more than ${L.MAX_TAGS} aliases`),
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  v.transform((e) => ({ ...e, normalizedName: normalizeEntityName(e.name) })),
);

/** What a page tells about its article (utils/page/article.ts clamps page metadata to these limits first). */
export const articleInputSchema = v.omit(articleSchema, [
  'savedAt',
  'updatedAt',
  'dismissedSuggestions',
]);

// Built inside a function marked pure: reading `.entries` is a property access a bundler must
// assume may have effects, which kept every record schema in the content script (which needs none).
export const annotationDraftSchema = /* @__PURE__ */ (() =>
  v.object({
    ...v.omit(annotationSchema, ['entityId', 'claim', 'createdAt', 'updatedAt']).entries,
    createdAt: v.optional(timestamp),
  }))();

export const annotationPatchSchema = v.object({
  type: v.optional(v.picklist(ANNOTATION_TYPES)),
  note: v.optional(text(L.MAX_TEXT_CHARS)),
  entityName: v.optional(entityName),
  claim: v.optional(v.partial(claimSchema)),
  tags: v.optional(tagsSchema),
  color: v.optional(v.nullable(color)),
});

/** Gloss's own file format (`format: "gloss"`): the export, and what the importer reads back. */
export const GLOSS_FORMAT = 'gloss';
export const GLOSS_FORMAT_VERSION = 1;

export const glossExportSchema = v.object({
  format: v.literal(GLOSS_FORMAT),
  version: v.literal(GLOSS_FORMAT_VERSION),
  exportedAt: timestamp,
  articles: v.array(articleSchema),
  annotations: v.array(annotationSchema),
  entities: v.array(entitySchema),
});
