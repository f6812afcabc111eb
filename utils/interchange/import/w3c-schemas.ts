import * as v from 'valibot';
import { ANNOTATION_TYPES } from '../../model';
import type { Annotation, Selector, TextQuoteSelector } from '../../model';
import { URN_GLOSS_ANNOTATION, URN_UUID } from '../export/w3c';
import {
  bodyRelativePath,
  BODY_XPATH,
  fromW3cRange,
  withTextPosition,
} from '../export/w3c-selectors';
import * as L from '../../model/limits';
import { claimSchema, color, httpUrl, id, text, timestamp } from '../../model/schemas';

/*
 * Gloss's own W3C export, read back (see utils/export/w3c.ts for the mapping). The standard
 * parts that map one to one are read from the standard properties; everything else from
 * the `gloss:` ones. The derived bodies (type, entity name, claim status) are ignored: the
 * `gloss:` fields are their source, so a hand edit to one of them cannot half-apply.
 * Files from before the W3C-form selectors (Hypothesis-style RangeSelector, TextPositionSelector
 * in the target) still read.
 */

const count = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);
const point = v.object({
  type: v.literal('XPathSelector'),
  value: v.pipe(
    text(L.MAX_CONTEXT_CHARS),
    v.check((s) => bodyRelativePath(s) !== null, `must be an XPath starting at ${BODY_XPATH}`),
  ),
  refinedBy: v.object({ type: v.literal('TextPositionSelector'), start: count, end: count }),
});

/** Either form of RangeSelector: the W3C's (start/end selectors) or Gloss's earlier Hypothesis-style one. */
const rangeSelector = v.object({
  type: v.literal('RangeSelector'),
  startSelector: v.optional(point),
  endSelector: v.optional(point),
  startContainer: v.optional(text(L.MAX_CONTEXT_CHARS)),
  startOffset: v.optional(count),
  endContainer: v.optional(text(L.MAX_CONTEXT_CHARS)),
  endOffset: v.optional(count),
});
type RangeInput = v.InferOutput<typeof rangeSelector>;

const isW3cRange = (s: RangeInput) => s.startSelector !== undefined && s.endSelector !== undefined;
const isLegacyRange = (s: RangeInput) =>
  s.startContainer !== undefined &&
  s.startOffset !== undefined &&
  s.endContainer !== undefined &&
  s.endOffset !== undefined;

function toGlossRange(s: RangeInput): Selector {
  if (s.startSelector && s.endSelector)
    return fromW3cRange({
      type: 'RangeSelector',
      startSelector: s.startSelector,
      endSelector: s.endSelector,
    })!;
  return {
    type: 'RangeSelector',
    startContainer: s.startContainer!,
    startOffset: s.startOffset!,
    endContainer: s.endContainer!,
    endOffset: s.endOffset!,
  };
}

const selectorSchema = v.pipe(
  v.variant('type', [
    v.object({
      type: v.literal('TextQuoteSelector'),
      exact: text(L.MAX_TEXT_CHARS),
      prefix: v.optional(text(L.MAX_CONTEXT_CHARS), ''),
      suffix: v.optional(text(L.MAX_CONTEXT_CHARS), ''),
    }),
    v.object({ type: v.literal('TextPositionSelector'), start: count, end: count }),
    rangeSelector,
  ]),
  v.check(
    (s) => s.type !== 'RangeSelector' || isW3cRange(s) || isLegacyRange(s),
    'is a RangeSelector without a startSelector and an endSelector',
  ),
  v.transform((s): Selector => (s.type === 'RangeSelector' ? toGlossRange(s) : s)),
);

const targetSchema = v.union(
  [
    v.pipe(
      httpUrl,
      v.transform((source) => ({ source, selector: [] as Selector[] })),
    ),
    v.object({
      source: httpUrl,
      selector: v.optional(
        v.pipe(
          v.array(selectorSchema),
          v.maxLength(L.MAX_SELECTORS, `has more than ${L.MAX_SELECTORS} selectors`),
        ),
        [],
      ),
    }),
  ],
  'must be the page URL or an object with its "source" URL and "selector" list',
);

const bodySchema = v.pipe(
  v.object({
    type: v.string(),
    purpose: v.optional(v.string()),
    value: v.optional(text(L.MAX_TEXT_CHARS)),
    'gloss:role': v.optional(v.string()),
  }),
  v.check(
    (b) => b.purpose !== 'tagging' || (b.value ?? '').length <= L.MAX_TAG_CHARS,
    `is a tag longer than ${L.MAX_TAG_CHARS} characters`,
  ),
);
type Body = v.InferOutput<typeof bodySchema>;

const isTag = (b: Body) =>
  b.purpose === 'tagging' && b['gloss:role'] === undefined && b.value !== undefined;

const idPrefix = (s: string) => [URN_UUID, URN_GLOSS_ANNOTATION].find((p) => s.startsWith(p));

/**
 * The annotation's quote and context: its `gloss:` properties, else its TextQuoteSelector's (Gloss
 * writes them only where they differ, export/w3c.ts); null when it has neither.
 */
function quoteOf(w: {
  target: { selector: Selector[] };
  'gloss:quote'?: string;
  'gloss:prefix'?: string;
  'gloss:suffix'?: string;
}): Pick<Annotation, 'quote' | 'prefix' | 'suffix'> | null {
  const selected = w.target.selector.find(
    (s): s is TextQuoteSelector => s.type === 'TextQuoteSelector',
  );
  const quote = w['gloss:quote'] ?? selected?.exact;
  if (quote === undefined) return null;
  return {
    quote,
    prefix: w['gloss:prefix'] ?? selected?.prefix ?? '',
    suffix: w['gloss:suffix'] ?? selected?.suffix ?? '',
  };
}

export const w3cAnnotationSchema = v.pipe(
  v.object({
    id: v.pipe(
      v.string(),
      v.check(
        (s) => idPrefix(s) !== undefined,
        `must start with "${URN_UUID}" or "${URN_GLOSS_ANNOTATION}"`,
      ),
      v.transform((s) => s.slice(idPrefix(s)!.length)),
      id,
    ),
    type: v.literal('Annotation'),
    created: timestamp,
    modified: timestamp,
    body: v.optional(
      v.pipe(v.array(bodySchema), v.maxLength(L.MAX_TAGS + 10, 'has too many bodies')),
      [],
    ),
    target: targetSchema,
    'gloss:type': v.picklist(ANNOTATION_TYPES),
    // Gloss writes these only where they differ from the TextQuoteSelector (export/w3c.ts).
    'gloss:quote': v.optional(text(L.MAX_TEXT_CHARS)),
    'gloss:prefix': v.optional(text(L.MAX_CONTEXT_CHARS)),
    'gloss:suffix': v.optional(text(L.MAX_CONTEXT_CHARS)),
    'gloss:textPosition': v.optional(v.object({ start: count, end: count })),
    'gloss:entityId': v.nullable(id),
    'gloss:claim': v.nullable(claimSchema),
    'gloss:color': v.nullable(color),
  }),
  v.check((w) => w.body.filter(isTag).length <= L.MAX_TAGS, `has more than ${L.MAX_TAGS} tags`),
  v.check(
    (w) => quoteOf(w) !== null,
    'has no quote: neither "gloss:quote" nor a TextQuoteSelector',
  ),
  v.transform((w): Annotation => ({
    id: w.id,
    articleUrl: w.target.source,
    type: w['gloss:type'],
    ...quoteOf(w)!,
    selectors: withTextPosition(w.target.selector, w['gloss:textPosition'] ?? null),
    note: w.body
      .filter((b) => b.purpose === 'commenting')
      .map((b) => b.value ?? '')
      .join('\n\n'),
    entityId: w['gloss:entityId'],
    claim: w['gloss:claim'],
    tags: w.body.filter(isTag).map((b) => b.value!),
    color: w['gloss:color'],
    createdAt: w.created,
    updatedAt: w.modified,
  })),
);
