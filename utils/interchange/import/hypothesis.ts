import * as v from 'valibot';
import { placeholderArticle } from '../../model/placeholder-article';
import { squashWhitespace } from '../../page/anchoring/whitespace';
import type { Annotation, Article, TextQuoteSelector } from '../../model';
import type { ExportData } from '../export/types';
import { nameUuid } from '../export/name-uuid';
import { normalizeUrl } from '../../page/url';
import { type ErrorList, joinPath } from './errors';
import * as L from '../../model/limits';
import { readRecords } from './read-records';
import { httpUrl, text, timestamp } from '../../model/schemas';

/*
 * Annotations exported from Hypothesis: what its search API returns (`{"total": n, "rows": [...]}`)
 * or a plain list of those rows (https://h.readthedocs.io/en/latest/api-reference/). Each row with a
 * TextQuoteSelector becomes a highlight with its note and tags. Gloss anchors by quote and context,
 * so that selector is what is kept: Hypothesis's TextPositionSelector counts raw characters and its
 * RangeSelector points at elements, where Gloss counts collapsed whitespace in text nodes — kept,
 * they would mislead the anchoring hint. Page notes and replies (no quote) have no place to be
 * painted in Gloss; they are counted and reported, not imported.
 */

const hypothesisId = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9_-]{1,64}$/,
    'must be a Hypothesis annotation id (letters, digits, "_" or "-")',
  ),
);

const quoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: text(L.MAX_TEXT_CHARS),
  prefix: v.optional(text(L.MAX_CONTEXT_CHARS), ''),
  suffix: v.optional(text(L.MAX_CONTEXT_CHARS), ''),
});
/** Any other selector (position, range, fragment, EPUB CFI…): checked for shape only, then dropped. */
const otherSelector = v.looseObject({ type: v.string() });

const targetSchema = v.looseObject({
  source: v.optional(v.string()),
  selector: v.optional(
    v.pipe(
      v.array(v.union([quoteSelector, otherSelector])),
      v.maxLength(L.MAX_SELECTORS, `has more than ${L.MAX_SELECTORS} selectors`),
    ),
    [],
  ),
});

const titles = v.union([
  text(L.MAX_TEXT_CHARS),
  v.pipe(v.array(text(L.MAX_TEXT_CHARS)), v.maxLength(50)),
]);

export const hypothesisRowSchema = v.looseObject({
  id: hypothesisId,
  uri: httpUrl,
  created: timestamp,
  updated: timestamp,
  text: v.optional(v.nullable(text(L.MAX_TEXT_CHARS)), ''),
  tags: v.optional(
    v.nullable(
      v.pipe(
        v.array(text(L.MAX_TAG_CHARS)),
        v.maxLength(L.MAX_TAGS, `has more than ${L.MAX_TAGS} tags`),
      ),
    ),
    [],
  ),
  target: v.pipe(
    v.array(targetSchema),
    v.minLength(1, 'must list at least one target'),
    v.maxLength(10, 'has more than 10 targets'),
  ),
  document: v.optional(v.nullable(v.looseObject({ title: v.optional(v.nullable(titles)) }))),
  references: v.optional(v.array(v.string())),
});
export type HypothesisRow = v.InferOutput<typeof hypothesisRowSchema>;

/**
 * Hypothesis ids are UUIDs written as 22 characters of URL-safe base64; decoding gives the UUID
 * back, so re-importing the same export merges instead of duplicating. Older (20-character) ids
 * get a name-based UUID instead: just as stable.
 */
export function uuidFromHypothesisId(id: string): string {
  if (id.length === 22) {
    const bytes = atob(id.replace(/-/g, '+').replace(/_/g, '/') + '==');
    const hex = Array.from(bytes, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
  return nameUuid('hypothesis', id);
}

/** Timestamps as Gloss writes them (UTC, milliseconds), so they sort lexically with Gloss's own. */
const utc = (iso: string) => new Date(iso).toISOString();

function quoteOf(row: HypothesisRow): TextQuoteSelector | null {
  for (const target of row.target) {
    for (const s of target.selector) {
      if (s.type !== 'TextQuoteSelector') continue;
      const q = s as v.InferOutput<typeof quoteSelector>;
      // As rendered: Gloss's text map collapses whitespace, and so does what it stores.
      const exact = squashWhitespace(q.exact).trim();
      if (exact)
        return {
          type: 'TextQuoteSelector',
          exact,
          prefix: squashWhitespace(q.prefix),
          suffix: squashWhitespace(q.suffix),
        };
    }
  }
  return null;
}

function titleOf(row: HypothesisRow): string | null {
  const title = row.document?.title;
  const first = Array.isArray(title) ? title[0] : title;
  return first?.trim() || null;
}

function toAnnotation(
  row: HypothesisRow,
  articleUrl: string,
  quote: TextQuoteSelector,
): Annotation {
  return {
    id: uuidFromHypothesisId(row.id),
    articleUrl,
    type: 'highlight',
    quote: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    selectors: [quote],
    note: row.text ?? '',
    entityId: null,
    claim: null,
    tags: [...new Set((row.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    color: null,
    createdAt: utc(row.created),
    updatedAt: utc(row.updated),
  };
}

/**
 * A placeholder article for each page, dated at the epoch: planMerge only replaces a stored
 * record with a newer one, so it never overwrites what Readability found on a visit, and the
 * next visit fills in the real title, byline and date.
 */
const EPOCH = '1970-01-01T00:00:00.000Z';

export interface HypothesisImport {
  data: ExportData;
  /** Rows not imported because nothing on the page can show them: page notes and replies. */
  skipped: number;
}

export function readHypothesis(rows: unknown, path: string, errors: ErrorList): HypothesisImport {
  const parsed = readRecords(rows, path, 'Annotation', hypothesisRowSchema, errors);
  const articles = new Map<string, Article>();
  const annotations: Annotation[] = [];
  let skipped = 0;
  if (errors.count) return { data: { articles: [], annotations, entities: [] }, skipped };
  const firstAt = new Map<string, number>();
  parsed.forEach((row, i) => {
    const first = firstAt.get(row.id);
    if (first === undefined) firstAt.set(row.id, i);
    else
      errors.add(
        joinPath(path, i, 'id'),
        `Annotation #${i + 1} (id "${row.id}"): the id is already used by annotation #${first + 1}.`,
      );
  });
  for (const row of parsed) {
    const quote = quoteOf(row);
    const url = normalizeUrl(row.uri);
    if (!quote || !url || (row.references?.length ?? 0) > 0) {
      skipped++;
      continue;
    }
    const annotation = toAnnotation(row, url, quote);
    annotations.push(annotation);
    const known = articles.get(url);
    if (!known)
      articles.set(
        url,
        placeholderArticle(url, { savedAt: annotation.createdAt, updatedAt: EPOCH }, titleOf(row)),
      );
    else if (annotation.createdAt < known.savedAt) known.savedAt = annotation.createdAt;
  }
  return { data: { articles: [...articles.values()], annotations, entities: [] }, skipped };
}
