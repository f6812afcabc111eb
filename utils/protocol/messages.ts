import * as v from 'valibot';
import {
  ANCHOR_STATES,
  ANNOTATION_TYPES,
  ENTITY_TYPES,
  type AnchorState,
  type Annotation,
  type Article,
  type ArticleInput,
  type ArticleSnapshot,
  type Entity,
  type ClaimStatus,
  type Mark,
  type Selector,
} from '../model';
import {
  annotationDraftSchema,
  annotationPatchSchema,
  annotationSchema,
  articleInputSchema,
  articleSchema,
  entityName as EntityName,
  entitySchema,
  httpUrl,
  id as Id,
  selectorsSchema,
  text,
} from '../model/schemas';
import type { ImportSummary } from '../store/import-into-db';
import * as L from '../model/limits';
import { MAX_PAGE_HTML_CHARS } from '../page/page-snapshot';

/**
 * Gloss's one message protocol. Every message is `{ type, payload }`; each type has a schema that
 * the receiver validates before acting, and a rule for who may send it. Answers travel back as
 * `{ ok: true, value }` or `{ ok: false, error }` so a handler's failure reaches the UI that asked.
 *
 * A small layer of our own rather than @webext-core/messaging: that library types messages but
 * does not validate them, and the sender check needs to sit beside the schema.
 */

const Url = httpUrl;

/** Records per import message: ~1 MB of JSON, well inside what runtime messaging carries quickly. */
export const IMPORT_MESSAGE_RECORDS = 2_000;
const AnnotationTypeSchema = v.picklist(ANNOTATION_TYPES);
const TagName = v.pipe(
  text(L.MAX_TAG_CHARS),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);

// Records travel with the model's schemas (and limits), the same ones import files are checked
// with: whatever Gloss stores can be exported and imported back.

/**
 * Anchor states, and the current text of marks found only approximately: what a page reports in
 * content:state and page:anchors. The texts are bounded in count and length (utils/model/limits.ts).
 */
const anchorReportSchema = v.object({
  anchors: v.pipe(
    v.record(Id, v.picklist(ANCHOR_STATES)),
    v.check((r) => Object.keys(r).length <= L.MAX_ANCHORS_PER_PAGE, 'has too many anchors'),
  ),
  texts: v.optional(
    v.pipe(
      v.record(Id, text(L.MAX_REPORTED_TEXT_CHARS)),
      v.check((r) => Object.keys(r).length <= L.MAX_REPORTED_TEXTS, 'has too many texts'),
    ),
    {},
  ),
});
export type AnchorReport = v.InferOutput<typeof anchorReportSchema>;

/** Selectors for a new place of an annotation: they must quote some text. */
const quotedSelectorsSchema = v.pipe(
  selectorsSchema,
  v.check(
    (list) => list.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim() !== ''),
    'must quote some text',
  ),
);

/** Who may send a message: a content script (about its own page), an extension page, or either. */
export type SenderKind = 'content' | 'extension' | 'any';

/*
 * A content script runs inside a page that may be hostile, so what it may ask for is narrow: load
 * what it must paint, create an annotation from the reader's own gesture (and complete the article
 * record it saved), have its own page's HTML parsed, and ask for a card token.
 * Reading or changing notes, names and claims is for extension pages only (the framed card among them).
 */
export const backgroundMessages = {
  // canonicalUrl is the page's raw `<link rel=canonical>` href (maybe relative): the background resolves and vets it.
  'page:load': {
    from: 'content',
    schema: v.object({ url: Url, canonicalUrl: v.nullable(text(L.MAX_URL_CHARS)), instance: Id }),
  },
  /**
   * The page's serialized HTML, parsed with Readability in an extension document rather than on the
   * page's main thread (utils/article-from-html.ts). Nothing is stored: the answer is the article.
   */
  'article:extract': {
    from: 'content',
    schema: v.object({ url: Url, html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML_CHARS)) }),
  },
  /** Fills in the placeholder record a page's first annotation saved, once the extraction is done. */
  'article:complete': { from: 'content', schema: v.object({ article: articleInputSchema }) },
  'article:get': {
    from: 'extension',
    schema: v.object({ urls: v.pipe(v.array(Url), v.maxLength(4)) }),
  },
  'article:save': { from: 'extension', schema: v.object({ article: articleInputSchema }) },
  'annotation:create': {
    from: 'any',
    schema: v.object({
      draft: annotationDraftSchema,
      entityName: v.optional(EntityName),
      article: v.optional(articleInputSchema),
    }),
  },
  'annotation:update': {
    from: 'extension',
    schema: v.object({
      id: Id,
      patch: annotationPatchSchema,
    }),
  },
  'annotation:delete': { from: 'extension', schema: v.object({ id: Id }) },
  'annotation:restore': { from: 'extension', schema: v.object({ annotation: annotationSchema }) },
  'entity:rename': { from: 'extension', schema: v.object({ id: Id, name: EntityName }) },
  'entity:merge': { from: 'extension', schema: v.object({ sourceId: Id, targetId: Id }) },
  /*
   * The library's import, in chunks of at most IMPORT_MESSAGE_RECORDS records, written in one
   * transaction at commit (utils/import-staging.ts): the background is the only writer.
   */
  'library:import-chunk': {
    from: 'extension',
    schema: v.object({
      importId: Id,
      chunk: v.pipe(
        v.object({
          articles: v.array(articleSchema),
          annotations: v.array(annotationSchema),
          entities: v.array(entitySchema),
        }),
        v.check(
          (c) =>
            c.articles.length + c.annotations.length + c.entities.length <= IMPORT_MESSAGE_RECORDS,
          `holds more than ${IMPORT_MESSAGE_RECORDS} records`,
        ),
      ),
    }),
  },
  'library:import-commit': { from: 'extension', schema: v.object({ importId: Id }) },
  'library:clear': { from: 'extension', schema: v.object({}) },
  /**
   * A page's anchor states changed (restored, edited, orphaned): pushed to the extension pages about
   * its tab, with what the page now reads where a mark was found only approximately (issue 12's
   * standing: "Found, but the page now reads: …"). That text is the page's own content, bounded.
   */
  'page:anchors': {
    from: 'content',
    schema: v.object({ url: Url, ...anchorReportSchema.entries }),
  },
  'suggestion:dismiss': {
    from: 'extension',
    schema: v.object({
      article: articleInputSchema,
      key: v.pipe(text(L.MAX_NAME_CHARS), v.minLength(1)),
      dismissed: v.boolean(),
    }),
  },
  // ── Issue 12: article changes since the reader annotated (utils/page/article-changes.ts) ──
  /**
   * The article a tab shows as annotated (its snapshot) and as it reads now, when they differ, for
   * the asking page to diff. The background reads the page's text from the tab's content script
   * (content:article-text); only an extension page asks: the answer holds the reader's annotations.
   */
  'article:changes': {
    from: 'extension',
    schema: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  },
  /** Deletes every article snapshot (the library's Settings). */
  'snapshots:clear': { from: 'extension', schema: v.object({}) },
  // ── end of issue 12's article changes ──
  /*
   * Issue 12, the library: a tag renamed on every annotation that carries it, and a claim's
   * claimant typed freely (an existing person or organization, or a new one).
   */
  'tag:rename': { from: 'extension', schema: v.object({ from: TagName, to: TagName }) },
  'claim:set-claimant': {
    from: 'extension',
    schema: v.object({ id: Id, name: v.nullable(EntityName), type: v.picklist(ENTITY_TYPES) }),
  },
  /** The content script asks for a one-time token for the card of one of its page's annotations. */
  'card:open': { from: 'content', schema: v.object({ id: Id, focus: v.boolean() }) },
  /** The framed card redeems its token; parentOrigin is what the browser reports as the frame's parent. */
  'card:claim': {
    from: 'extension',
    schema: v.object({
      token: v.pipe(v.string(), v.maxLength(64)),
      parentOrigin: v.nullable(v.pipe(v.string(), v.maxLength(L.MAX_URL_CHARS))),
    }),
  },

  // --- Issue 12, side panel: "Attach here" ---
  /**
   * An orphaned or changed annotation is attached to the text the reader selected on the page: it
   * keeps its id, note, entity and claim, and takes the selection's selectors (which the side panel
   * asked the page for with content:selection-selectors). Extension pages only: the reader's choice.
   */
  'annotation:reattach': {
    from: 'extension',
    schema: v.object({ id: Id, selectors: quotedSelectorsSchema }),
  },
} as const satisfies Record<string, { from: SenderKind; schema: v.GenericSchema }>;

export type BackgroundMessageType = keyof typeof backgroundMessages;
export type BackgroundRequest<K extends BackgroundMessageType> = v.InferOutput<
  (typeof backgroundMessages)[K]['schema']
>;

/** What a page is told about its own annotations: marks to paint, nothing the reader wrote. */
export interface PageMarks {
  articleUrl: string;
  marks: Mark[];
  // ── issue 12, page edges: claim status on the page ──
  /**
   * Each claim's status, by annotation id: the one claim field the content script gets, because it
   * paints it. It stays in the content script's isolated world and is drawn only inside a closed
   * shadow root (entrypoints/content/status-layer.ts), never in CSS.highlights or the open UI root,
   * where the page's scripts could read it (README, Privacy and security).
   */
  claimStatuses: Record<string, ClaimStatus>;
}

/** An article then and now: its snapshot, its paragraphs today, and its annotations (utils/page/article-changes.ts). */
export interface ArticleRevision {
  snapshot: ArticleSnapshot;
  paragraphs: string[];
  annotations: Annotation[];
}

/**
 * What a redeemed card token opens: the annotation with what its card shows. The card is framed in
 * a web page, where Chrome gives it no IndexedDB of the extension's (third-party storage), so it
 * gets its data from the background rather than reading the database itself.
 */
export interface CardClaim {
  annotation: Annotation;
  entityName: string | null;
  /** People and organizations tagged on the same article: who a claim can be attributed to. */
  claimants: Entity[];
  focus: boolean;
}

/**
 * What Readability found: the record, its text, the ranges of that text in captions, credits and
 * other asides, and the offsets where its paragraphs begin (utils/page/paragraphs.ts).
 */
export type ArticleFound = ArticleInput &
  Pick<ArticleText, 'text' | 'asides'> & { breaks: number[] };

export interface BackgroundResponses {
  'page:load': PageMarks;
  'article:extract': ArticleFound | null;
  /** true when a placeholder was completed; false when there was none (already complete, or deleted). */
  'article:complete': boolean;
  'article:get': Article | null;
  'article:save': Article;
  /** Only the mark: whether the name matched an existing entity is not the page's business. */
  'annotation:create': Mark;
  'annotation:update': Annotation;
  'annotation:delete': Annotation | null;
  'annotation:restore': Annotation;
  'entity:rename': Entity;
  'entity:merge': Entity;
  'library:import-chunk': { received: number };
  'library:import-commit': ImportSummary;
  'library:clear': null;
  'page:anchors': null;
  'suggestion:dismiss': Article;
  'card:open': { token: string };
  'card:claim': CardClaim;
  'annotation:reattach': Annotation;
  /** null when nothing changed, no snapshot is kept, snapshots are off, or the tab shows no article. */
  'article:changes': ArticleRevision | null;
  /** How many snapshots were deleted. */
  'snapshots:clear': number;
  /** How many annotations carried the tag. */
  'tag:rename': { renamed: number };
  'claim:set-claimant': { annotation: Annotation; claimant: Entity | null };
}

/**
 * The article's text for suggestions and snapshots; `asides` are the ranges of it in captions,
 * credits and furniture, `breaks` where its paragraphs begin (utils/page/paragraphs.ts).
 */
export interface ArticleText {
  /** The article's URL as extraction saw it (normalized), and its vetted canonical alias. */
  url: string;
  canonicalUrl: string | null;
  text: string;
  lang: string | null;
  title: string;
  byline: string | null;
  asides: { start: number; end: number }[];
  breaks: number[];
}

/**
 * What the background takes from a content script's article text before it snapshots or compares
 * it: the page's text is checked like any message (sizes bounded), extra fields ignored.
 */
export const articleTextReplySchema = v.object({
  url: Url,
  canonicalUrl: v.nullable(Url),
  text: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML_CHARS)),
  breaks: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
    v.maxLength(MAX_PAGE_HTML_CHARS),
  ),
});

/** What the content script tells the popup and the side panel about its page. */
export interface ContentState {
  url: string;
  canonicalUrl: string | null;
  article: ArticleInput | null;
  selection: string;
  anchors: Record<string, AnchorState>;
  /** What the page now reads where a mark was found only approximately (see AnchorReport). */
  texts: Record<string, string>;
}

export const contentMessages = {
  'content:state': { schema: v.object({ extract: v.boolean() }) },
  'content:tag-selection': { schema: v.object({ type: AnnotationTypeSchema }) },
  'content:scroll-to': { schema: v.object({ id: Id }) },
  /** Without articleUrl (a bulk change such as an import), every page reloads. */
  'content:refresh': { schema: v.object({ articleUrl: v.optional(Url) }) },
  'content:article-text': { schema: v.object({}) },
  /** From the background: a newer copy of the content script started in this frame; older copies end. */
  'content:superseded': { schema: v.object({ instance: Id }) },
  'content:tag-quote': {
    schema: v.object({
      type: AnnotationTypeSchema,
      quote: v.object({
        type: v.literal('TextQuoteSelector'),
        exact: v.pipe(text(L.MAX_TEXT_CHARS), v.minLength(1)),
        prefix: text(L.MAX_CONTEXT_CHARS),
        suffix: text(L.MAX_CONTEXT_CHARS),
      }),
      entityName: v.optional(EntityName),
    }),
  },
  // --- Issue 12, side panel: "Attach here" asks the page for the selectors of its selection ---
  'content:selection-selectors': { schema: v.object({}) },
} as const satisfies Record<string, { schema: v.GenericSchema }>;

export type ContentMessageType = keyof typeof contentMessages;
export type ContentRequest<K extends ContentMessageType> = v.InferOutput<
  (typeof contentMessages)[K]['schema']
>;

export interface ContentResponses {
  'content:state': ContentState;
  'content:tag-selection': Mark;
  'content:scroll-to': boolean;
  'content:refresh': null;
  'content:article-text': ArticleText | null;
  /** null when the quote is no longer on the page. */
  'content:tag-quote': Mark | null;
  'content:superseded': null;
  /** null when nothing (or only whitespace) is selected on the page. */
  'content:selection-selectors': Selector[] | null;
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
  if (typeof message !== 'object' || message === null)
    return { ok: false, error: 'Message is not an object.' };
  const { type, payload } = message as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.hasOwn(table, type))
    return { ok: false, error: `Unknown message type: ${String(type).slice(0, 64)}` };
  const result = v.safeParse(table[type].schema, payload ?? {});
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => p.key).join('.') ?? '';
    // Gloss's own field messages are phrased to follow the field's name and reach the reader as
    // they are (`"evidenceUrl" must be … URL`); valibot's generic ones are for developers.
    if (/^[a-z]/.test(issue.message) && path)
      return { ok: false, error: `"${issue.path!.at(-1)!.key}" ${issue.message}` };
    return { ok: false, error: `Invalid ${type} message: ${path || 'payload'}: ${issue.message}` };
  }
  return { ok: true, type, payload: result.output };
}
