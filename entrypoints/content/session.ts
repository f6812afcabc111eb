import type {
  AnchorState,
  AnnotationType,
  ClaimStatus,
  Mark,
  Selector,
  TextQuoteSelector,
} from '@/utils/model';
import type { AnnotationDraft, ArticleInput } from '@/utils/model';
import type { ArticleText } from '@/utils/protocol/page-shapes';
import { anchor, describe, type TextMap } from '@/utils/page/anchoring';
import { startTextMap, type TextMapBuilder } from '@/utils/page/anchoring/text-map';
import { createPainter, type Painter } from '@/utils/page/painter';
import { sendToBackground } from '@/utils/protocol/messaging';
import { toMark } from '@/utils/model';
import { annotationFromDraft } from '@/utils/model/new-annotation';
import { canonicalAlias, normalizeUrl } from '@/utils/page/url';
import { canonicalHref } from '@/utils/page/canonical-link';
import { isGlossUi } from './ui-host';
import { createArticleCache } from './article-cache';
import type { ArticleFound } from '@/utils/protocol/page-shapes';

/**
 * Everything the content script knows about its page: the marks it paints (ids, type, selectors —
 * never notes, names or claim fields, which stay in extension pages), where each one is anchored,
 * and the article (extracted only when first needed, so restoring never waits for it).
 * It is the one owner of that state: other modules read it and ask for changes through this API,
 * and subscribe to hear when it changed. It is the only thing that talks to the background.
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
}

/** One idle slice of the text map's walk: well under the 50 ms that makes a long task. */
const IDLE_SLICE_MS = 8;
const whenIdle = (task: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 1000 })
    : (setTimeout(task, 0) as unknown as number);

/** `instance` is this copy of the content script's id: the background uses it to end older copies. */
export function createPageSession(
  doc: Document,
  overlayLayer: () => HTMLElement,
  instance: string,
  article = createArticleCache(doc),
): PageSession {
  const listeners = new Set<() => void>();
  // The page's text map costs a walk over the whole body (hundreds of ms on a 5 MB page): built once,
  // reused by every anchor and selection until the page's DOM changes (see pageChanged). Ahead of a
  // likely annotation it is built in idle slices (prepare), so the reader's keypress does not pay
  // for the walk in one long task.
  let textMap: TextMap | null = null;
  let building: TextMapBuilder | null = null;
  let idleSlice: number | null = null;
  const readyMap = () => (textMap?.root === doc.body ? textMap : null);
  const builder = () =>
    building?.root === doc.body ? building : (building = startTextMap(doc.body));
  const currentMap = (): TextMap => {
    const ready = readyMap();
    if (ready) return ready;
    textMap = builder().finish();
    building = null;
    return textMap;
  };
  const buildWhenIdle = () => {
    idleSlice = null;
    if (readyMap()) return;
    const sliceEnds = performance.now() + IDLE_SLICE_MS;
    if (builder().advance(() => performance.now() > sliceEnds)) currentMap();
    else idleSlice = whenIdle(buildWhenIdle);
  };
  let marks: Mark[] = [];
  let statuses: Record<string, ClaimStatus> = {};
  const anchors = new Map<string, { state: AnchorState; range: Range | null }>();
  const painter: Painter = createPainter(doc, overlayLayer);
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
      session.reanchor();
    },

    /** Anchors every annotation in one pass over one text map, then repaints. */
    reanchor() {
      painter.clear();
      anchors.clear();
      // A page with nothing to restore never pays for a text map.
      for (const a of marks) {
        const found = anchor(currentMap(), a.selectors);
        if (found) {
          painter.paint(a.id, a.type, found.range);
          anchors.set(a.id, {
            state: found.confidence >= 1 ? 'anchored' : 'approximate',
            range: found.range,
          });
        } else {
          anchors.set(a.id, { state: 'orphaned', range: null });
        }
      }
      emit();
    },

    needsReanchor: () =>
      [...anchors.values()].some(
        (a) =>
          a.state === 'orphaned' ||
          (a.range !== null && (a.range.collapsed || !a.range.startContainer.isConnected)),
      ),
    rangeOf: (id) => anchors.get(id)?.range ?? null,
    anchorStates: () => Object.fromEntries([...anchors].map(([id, a]) => [id, a.state])),
    describe: (range) => describe(range, doc.body, currentMap()),
    marksAt: (x, y) => painter.hitAll(x, y),
    claimUnderlines: () =>
      marks.flatMap((m) => {
        const range = anchors.get(m.id)?.range;
        const status = statuses[m.id];
        return range && status ? [{ range, status }] : [];
      }),
    flash: (id) => painter.flash(id),
    relayout: () => painter.relayout(),
    repairPaint() {
      if (anchors.size > 0) painter.repair();
    },

    article: async () => {
      const found = await article.found();
      if (!found) return null;
      const { text: _text, asides: _asides, breaks: _breaks, ...meta } = found;
      return meta;
    },

    createFromRange(range, type, entityName) {
      const url = session.url;
      if (!url) throw new Error('Gloss cannot annotate this page.');
      const selectors = session.describe(range);
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
      if (!quote || !quote.exact.trim()) throw new Error('Select some text first.');
      const draft: AnnotationDraft = {
        id: crypto.randomUUID(),
        articleUrl: url,
        type,
        quote: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        selectors,
        note: '',
        tags: [],
        color: null,
        createdAt: new Date().toISOString(),
      };
      // Paint first: the reader sees the mark at once, before the save round trip.
      const live = range.cloneRange();
      painter.paint(draft.id, type, live);
      anchors.set(draft.id, { state: 'anchored', range: live });
      // The record the repository will store (its entity is linked there, by name).
      const stored = annotationFromDraft(draft, null);
      const mark = toMark(stored);
      marks = [...marks, mark];
      if (stored.claim) statuses = { ...statuses, [mark.id]: stored.claim.status };
      emit();
      return { mark, saved: save(draft, url, entityName) };
    },

    createFromQuote(type, quote, entityName) {
      const found = anchor(currentMap(), [quote]);
      return found ? session.createFromRange(found.range, type, entityName) : null;
    },

    articleText: async () => {
      const found = await article.found();
      return (
        found && {
          url: found.url,
          canonicalUrl: found.canonicalUrl,
          text: found.text,
          lang: found.lang,
          title: found.title,
          byline: found.byline,
          asides: found.asides,
          breaks: found.breaks,
        }
      );
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    pageChanged() {
      textMap = null;
      building = null;
    },

    prepare() {
      if (!readyMap() && idleSlice === null) idleSlice = whenIdle(buildWhenIdle);
    },
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
        article: known ? articleFor(known, url) : undefined,
      });
      error = null;
      emit();
      if (known === undefined) void completeArticle(url);
      return saved;
    } catch (failure) {
      painter.remove(draft.id);
      anchors.delete(draft.id);
      marks = marks.filter((m) => m.id !== draft.id);
      error = `Not saved: ${(failure as Error).message}`;
      emit();
      throw failure;
    }
  }

  /** The record for the annotation's URL, not the article's: an SPA may have moved on since extraction. */
  function articleFor(found: ArticleFound, url: string): ArticleInput {
    const { text: _text, asides: _asides, breaks: _breaks, ...meta } = found;
    return { ...meta, url, canonicalUrl: canonicalAlias(url, canonicalHref(doc)) };
  }

  async function completeArticle(url: string) {
    try {
      const found = await article.found();
      if (found) await sendToBackground('article:complete', { article: articleFor(found, url) });
    } catch {
      // The annotation is saved; its article keeps the placeholder, as a page that is no article does.
    }
  }

  function emit() {
    for (const l of listeners) l();
  }
  return session;
}

/** True when a DOM mutation came from the page rather than from Gloss (its UI, its hosts coming and going). */
export function isPageMutation(record: MutationRecord): boolean {
  if (isGlossUi(record.target)) return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length === 0 || !nodes.every(isGlossUi);
}
