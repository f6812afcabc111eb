import * as v from 'valibot';
import { ANNOTATION_TYPES, CLAIM_STATUSES, type AnchorState, type Annotation, type Article, type Entity } from './model';
import type { ArticleInput } from './repo';

/**
 * Gloss's one message protocol. Every message is `{ type, payload }`; each type has a schema that
 * the receiver validates before acting, and a rule for who may send it. Answers travel back as
 * `{ ok: true, value }` or `{ ok: false, error }` so a handler's failure reaches the UI that asked.
 *
 * A small layer of our own rather than @webext-core/messaging: that library types messages but
 * does not validate them, and the sender check needs to sit beside the schema.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Url = text(8192);
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const Iso = text(64);
const AnnotationTypeSchema = v.picklist(ANNOTATION_TYPES);

export const SelectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: text(100_000), prefix: text(1000), suffix: text(1000) }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.number(), end: v.number() }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: text(4096),
    startOffset: v.number(),
    endContainer: text(4096),
    endOffset: v.number(),
  }),
]);

const ClaimPatchSchema = v.partial(
  v.object({ status: v.picklist(CLAIM_STATUSES), evidenceUrl: text(8192), note: text(100_000), claimantId: v.nullable(Id) }),
);

export const ArticleInputSchema = v.object({
  url: Url,
  canonicalUrl: v.nullable(Url),
  title: text(2000),
  byline: v.nullable(text(2000)),
  siteName: v.nullable(text(2000)),
  publishedTime: v.nullable(text(200)),
  lang: v.nullable(text(64)),
  excerpt: v.nullable(text(10_000)),
  length: v.number(),
  textHash: v.nullable(text(128)),
});

export const AnnotationDraftSchema = v.object({
  id: Id,
  articleUrl: Url,
  type: AnnotationTypeSchema,
  quote: text(100_000),
  prefix: text(1000),
  suffix: text(1000),
  selectors: v.pipe(v.array(SelectorSchema), v.maxLength(8)),
  note: text(100_000),
  tags: v.pipe(v.array(text(200)), v.maxLength(100)),
  color: v.nullable(text(64)),
  createdAt: v.optional(Iso),
});

const AnnotationSchema = v.object({
  ...AnnotationDraftSchema.entries,
  entityId: v.nullable(Id),
  claim: v.nullable(v.object({ status: v.picklist(CLAIM_STATUSES), evidenceUrl: text(8192), note: text(100_000), claimantId: v.nullable(Id) })),
  createdAt: Iso,
  updatedAt: Iso,
});

/** Who may send a message: a content script (about its own page), an extension page, or either. */
export type SenderKind = 'content' | 'extension' | 'any';

export const backgroundMessages = {
  'page:load': { from: 'content', schema: v.object({ url: Url, canonicalUrl: v.nullable(Url) }) },
  'article:get': { from: 'any', schema: v.object({ urls: v.pipe(v.array(Url), v.maxLength(4)) }) },
  'article:save': { from: 'any', schema: v.object({ article: ArticleInputSchema }) },
  'annotation:create': {
    from: 'any',
    schema: v.object({ draft: AnnotationDraftSchema, entityName: v.optional(text(2000)), article: v.optional(ArticleInputSchema) }),
  },
  'annotation:update': {
    from: 'any',
    schema: v.object({
      id: Id,
      patch: v.object({
        type: v.optional(AnnotationTypeSchema),
        note: v.optional(text(100_000)),
        entityName: v.optional(text(2000)),
        claim: v.optional(ClaimPatchSchema),
        tags: v.optional(v.pipe(v.array(text(200)), v.maxLength(100))),
        color: v.optional(v.nullable(text(64))),
      }),
    }),
  },
  'annotation:delete': { from: 'any', schema: v.object({ id: Id }) },
  'annotation:restore': { from: 'any', schema: v.object({ annotation: AnnotationSchema }) },
  'entity:rename': { from: 'extension', schema: v.object({ id: Id, name: v.pipe(text(2000), v.minLength(1)) }) },
  'entity:merge': { from: 'extension', schema: v.object({ sourceId: Id, targetId: Id }) },
  'data:changed': { from: 'extension', schema: v.object({}) },
  'suggestion:dismiss': {
    from: 'extension',
    schema: v.object({ article: ArticleInputSchema, key: v.pipe(text(600), v.minLength(1)), dismissed: v.boolean() }),
  },
} as const satisfies Record<string, { from: SenderKind; schema: v.GenericSchema }>;

export type BackgroundMessageType = keyof typeof backgroundMessages;
export type BackgroundRequest<K extends BackgroundMessageType> = v.InferOutput<(typeof backgroundMessages)[K]['schema']>;

export interface PageAnnotations {
  articleUrl: string;
  article: Article | null;
  annotations: Annotation[];
  entities: Entity[];
}

export interface BackgroundResponses {
  'page:load': PageAnnotations;
  'article:get': Article | null;
  'article:save': Article;
  'annotation:create': { annotation: Annotation; entity: Entity | null };
  'annotation:update': Annotation;
  'annotation:delete': Annotation | null;
  'annotation:restore': Annotation;
  'entity:rename': Entity;
  'entity:merge': Entity;
  'data:changed': null;
  'suggestion:dismiss': Article;
}

/** What the content script tells the popup about its page. */
export interface ContentState {
  url: string;
  canonicalUrl: string | null;
  article: ArticleInput | null;
  selection: string;
  anchors: Record<string, AnchorState>;
}

export const contentMessages = {
  'content:state': { schema: v.object({ extract: v.boolean() }) },
  'content:tag-selection': { schema: v.object({ type: AnnotationTypeSchema }) },
  'content:scroll-to': { schema: v.object({ id: Id }) },
  'content:refresh': { schema: v.object({}) },
  'content:article-text': { schema: v.object({}) },
  'content:tag-quote': {
    schema: v.object({
      type: AnnotationTypeSchema,
      quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(text(100_000), v.minLength(1)), prefix: text(1000), suffix: text(1000) }),
      entityName: v.optional(text(2000)),
    }),
  },
} as const satisfies Record<string, { schema: v.GenericSchema }>;

export type ContentMessageType = keyof typeof contentMessages;
export type ContentRequest<K extends ContentMessageType> = v.InferOutput<(typeof contentMessages)[K]['schema']>;

export interface ContentResponses {
  'content:state': ContentState;
  'content:tag-selection': Annotation;
  'content:scroll-to': boolean;
  'content:refresh': null;
  'content:article-text': { text: string; lang: string | null; title: string; byline: string | null } | null;
  /** null when the quote is no longer on the page. */
  'content:tag-quote': Annotation | null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope {
  type: string;
  payload: unknown;
}

/** Validates an incoming envelope against a table of schemas; returns the parsed payload or why not. */
export function parseEnvelope<T extends Record<string, { schema: v.GenericSchema }>>(
  table: T,
  message: unknown,
): { ok: true; type: keyof T & string; payload: unknown } | { ok: false; error: string } {
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'Message is not an object.' };
  const { type, payload } = message as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.hasOwn(table, type)) return { ok: false, error: `Unknown message type: ${String(type).slice(0, 64)}` };
  const result = v.safeParse(table[type].schema, payload ?? {});
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => p.key).join('.') || 'payload';
    return { ok: false, error: `Invalid ${type} message: ${where}: ${issue.message}` };
  }
  return { ok: true, type, payload: result.output };
}
