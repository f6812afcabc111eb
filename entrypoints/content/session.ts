import type {
  AnnotationDraft,
  AnnotationType,
  AnchorState,
  ArticleInput,
  ClaimStatus,
  Mark,
  Selector,
  TextQuoteSelector,
} from '@/utils/model';
import type { ArticleText } from '@/utils/protocol/page-shapes';
import { anchor, describe } from '@/utils/page/anchoring';
import { sendToBackground } from '@/utils/protocol/messaging';
import { toMark } from '@/utils/model';
import { annotationFromDraft, draftFromSelectors } from '@/utils/model/new-annotation';
import { normalizeUrl } from '@/utils/page/url';
import { canonicalHref } from '@/utils/page/canonical-link';
import { createArticleCache } from './article-cache';
import { articleRecord, articleRecordAt, articleTextOf } from './article-record';
import { createMarkAnchors } from './mark-anchors';
import { createTextMapCache } from './text-map-cache';
import { promptSlicer, yieldToPage } from './yield-to-page';

/**
 * Everything the content script knows about its page: the marks it paints (ids, type, selectors —
 * never notes, names or claim fields, which stay in extension pages), where each one is anchored,
 * and the article (extracted only when first needed, so restoring never waits for it).
 * It is the one owner of that state: other modules read it and ask for changes through this API,
 * and subscribe to hear when it changed. It sends every message about marks to the background;
 * the article's parse is the one other request (article-cache.ts hands the page's HTML over).
 */
export interface PageSession {
  readonly url: string | null;
  readonly marks: readonly Mark[];
  /** Why the last action failed, for the page's UI to show; null when nothing is wrong. */
  readonly error: string | null;
  /** Shows (or, with null, clears) a message for the reader. */
  setError(message: string | null): void;
  /** Fetches and paints the page's annotations; `href` when the URL is about to change (SPA navigation). */
  load(href?: string): Promise<void>;
  reanchor(): void;
  /** True when some mark is not found or its painted range no longer holds (the page changed under it). */
  needsReanchor(): boolean;
  /** Where a mark is painted now; null for orphans and unknown ids. */
  rangeOf(id: string): Range | null;
  anchorStates(): Record<string, AnchorState>;
  /** Selectors for a range (the reader's selection, a mark's range) in the page's current text. */
  describe(range: Range): Selector[];
  /** The painted annotations under a viewport point, in paint order (more than one where marks overlap). */
  marksAt(x: number, y: number): string[];
  /**
   * Painted claims with their status, for the closed status layer only (status-layer.ts): never
   * to CSS.highlights or the open UI root, which the page's scripts can read.
   */
  claimUnderlines(): { range: Range; status: ClaimStatus }[];
  flash(id: string): void;
  /** Redraws after layout changes, and puts back what the page did to Gloss's highlights. */
  relayout(): void;
  repairPaint(): void;
  article(): Promise<ArticleInput | null>;
  /** Paints and returns the new mark at once; `saved` settles when the background has stored it. */
  createFromRange(
    range: Range,
    type: AnnotationType,
    entityName?: string,
  ): { mark: Mark; saved: Promise<Mark> };
  /** Finds a quote on the page (by its context, as anchoring does) and tags it; null when it is not there. */
  createFromQuote(
    type: AnnotationType,
    quote: TextQuoteSelector,
    entityName?: string,
  ): { mark: Mark; saved: Promise<Mark> } | null;
  /** The article's text and facts, for suggestions (extension pages run the NLP, not the page). */
  articleText(): Promise<ArticleText | null>;
  subscribe(listener: () => void): () => void;
  /** The page edited its own DOM: cached text offsets no longer hold. */
  pageChanged(): void;
  /** The reader may annotate soon (a selection began): get the text map ready in idle time. */
  prepare(): void;
  /**
   * Resolves once the page's text map is built: at once when it is, else after the rest of its walk
   * in short slices, so a keypress that tags does not finish the walk in one long task.
   */
  textReady(): Promise<void>;
}

/** `instance` is this copy of the content script's id: the background uses it to end older copies. */
export function createPageSession(
  doc: Document,
  overlayLayer: () => HTMLElement,
  instance: string,
  article = createArticleCache(doc),
): PageSession {
  const listeners = new Set<() => void>();
  const textMap = createTextMapCache(doc);
  const painted = createMarkAnchors(doc, overlayLayer, textMap.current);
  let marks: Mark[] = [];
  let statuses: Record<string, ClaimStatus> = {};
  let error: string | null = null;

  const session: PageSession = {
    get url() {
      return normalizeUrl(doc.location.href);
    },
    get marks() {
      return marks;
    },
    get error() {
      return error;
    },
    setError(message) {
      error = message;
      emit();
    },

    async load(href) {
      const url = href ? normalizeUrl(href) : session.url;
      if (!url) return;
      const canonical = canonicalHref(doc);
      const page = await sendToBackground('page:load', { url, canonicalUrl: canonical, instance });
      marks = page.marks;
      statuses = page.claimStatuses;
      if (marks.length === 0) return session.reanchor();
      // Restoring comes in slices — the walk over the page's text, the anchoring, then what the
      // UI makes of it — so it is no long task of the page's.
      await textMap.ready();
      await painted.anchorAllInSlices(marks, promptSlicer());
      await yieldToPage();
      emit();
    },

    /** Anchors every annotation in one pass over one text map, then repaints. */
    reanchor() {
      painted.anchorAll(marks);
      emit();
    },

    needsReanchor: () => painted.needsReanchor(),
    rangeOf: (id) => painted.rangeOf(id),
    anchorStates: () => painted.states(),
    describe: (range) => describe(range, doc.body, textMap.current()),
    marksAt: (x, y) => painted.hitAll(x, y),
    claimUnderlines: () =>
      marks.flatMap((m) => {
        const range = painted.rangeOf(m.id);
        const status = statuses[m.id];
        return range && status ? [{ range, status }] : [];
      }),
    flash: (id) => painted.flash(id),
    relayout: () => painted.relayout(),
    repairPaint: () => painted.repair(),

    article: async () => {
      const found = await article.found();
      return found && articleRecord(found);
    },

    createFromRange(range, type, entityName) {
      const url = session.url;
      if (!url) throw new Error('Gloss cannot annotate this page.');
      const draft = draftFromSelectors(url, type, session.describe(range));
      // Paint first: the reader sees the mark at once, before the save round trip.
      painted.paintNew(draft.id, type, range.cloneRange());
      // The record the repository will store (its entity is linked there, by name).
      const stored = annotationFromDraft(draft, null);
      const mark = toMark(stored);
      marks = [...marks, mark];
      if (stored.claim) statuses = { ...statuses, [mark.id]: stored.claim.status };
      emit();
      return { mark, saved: save(draft, url, entityName) };
    },

    createFromQuote(type, quote, entityName) {
      const found = anchor(textMap.current(), [quote]);
      return found ? session.createFromRange(found.range, type, entityName) : null;
    },

    articleText: async () => {
      const found = await article.found();
      return found && articleTextOf(found);
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    pageChanged: () => textMap.invalidate(),
    prepare: () => textMap.prepare(),
    textReady: () => textMap.ready().then(() => {}),
  };

  async function save(draft: AnnotationDraft, url: string, entityName?: string): Promise<Mark> {
    try {
      // Saved at once: an article not extracted yet is stored as a placeholder and completed when
      // Readability (in an extension document, never on this page's main thread) has read it.
      const known = article.known();
      const saved = await sendToBackground('annotation:create', {
        draft,
        entityName:
          draft.type === 'person' || draft.type === 'organization'
            ? (entityName ?? draft.quote).trim()
            : undefined,
        article: known ? articleRecordAt(known, url, doc) : undefined,
      });
      error = null;
      emit();
      if (known === undefined) void completeArticle(url);
      return saved;
    } catch (failure) {
      painted.remove(draft.id);
      marks = marks.filter((m) => m.id !== draft.id);
      error = `Not saved: ${(failure as Error).message}`;
      emit();
      throw failure;
    }
  }

  async function completeArticle(url: string) {
    try {
      const found = await article.found();
      if (found)
        await sendToBackground('article:complete', { article: articleRecordAt(found, url, doc) });
    } catch {
      // The annotation is saved; its article keeps the placeholder, as a page that is no article does.
    }
  }

  function emit() {
    for (const l of listeners) l();
  }
  return session;
}
