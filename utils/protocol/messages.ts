import * as v from 'valibot';
import { ENTITY_TYPES, type Annotation, type Article, type Entity, type Mark } from '../model';
import {
  annotationDraftSchema,
  annotationPatchSchema,
  annotationSchema,
  articleInputSchema,
  articleSchema,
  entityName as EntityName,
  entitySchema,
  httpUrl as Url,
  id as Id,
  selectorsSchema,
  text,
} from '../model/schemas';
import type { ImportSummary } from '../store/import-into-db';
import * as L from '../model/limits';
import { MAX_PAGE_HTML_CHARS } from '../page/page-snapshot';
import {
  anchorReportSchema,
  type ArticleFound,
  type ArticleRevision,
  type CardClaim,
  type PageMarks,
} from './page-shapes';

/**
 * Gloss's one message protocol, as the background sees it: every message a content script or an
 * extension page may send the background, each with the schema the background validates it against
 * before acting, the rule for who may send it, and the type of its answer. The envelope those travel
 * in is envelope.ts; the messages a content script answers are content-messages.ts.
 *
 * A small layer of our own rather than @webext-core/messaging: that library types messages but
 * does not validate them, and the sender check needs to sit beside the schema.
 */

/** Records per import message: ~1 MB of JSON, well inside what runtime messaging carries quickly. */
export const IMPORT_MESSAGE_RECORDS = 2_000;
const TagName = v.pipe(
  text(L.MAX_TAG_CHARS),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);

// Records travel with the model's schemas (and limits), the same ones import files are checked
// with: whatever Gloss stores can be exported and imported back.

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
