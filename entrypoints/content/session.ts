import type { Annotation, AnchorState, AnnotationType, Entity, TextQuoteSelector } from '@/utils/model';
import { defaultClaim, type AnnotationDraft, type AnnotationPatch, type ArticleInput } from '@/utils/repo';
import { anchor, buildTextMap, describe, type TextMap } from '@/utils/anchoring';
import { createPainter, type Painter } from '@/utils/painter';
import { sendToBackground } from '@/utils/messaging';
import { canonicalAlias, normalizeUrl } from '@/utils/url';
import { canonicalHref } from '@/utils/article';
import { isGlossUi } from './ui-host';
import { createArticleCache } from './article-cache';

/**
 * Everything the content script knows about its page: the stored annotations, where each one is
 * anchored, and the article (extracted only when first needed, so restoring never waits for it).
 * UI components subscribe to it; it is the only thing that talks to the background.
 */
export interface PageSession {
  readonly url: string | null;
  annotations: Annotation[];
  entities: Map<string, Entity>;
  anchors: Map<string, { state: AnchorState; range: Range | null }>;
  painter: Painter;
  error: string | null;
  /** Fetches and paints the page's annotations; `href` when the URL is about to change (SPA navigation). */
  load(href?: string): Promise<void>;
  reanchor(): void;
  article(): ArticleInput | null;
  /** Paints and returns the new annotation at once; `saved` settles when the background has stored it. */
  createFromRange(range: Range, type: AnnotationType, entityName?: string): { annotation: Annotation; saved: Promise<Annotation> };
  /** Finds a quote on the page (by its context, as anchoring does) and tags it; null when it is not there. */
  createFromQuote(type: AnnotationType, quote: TextQuoteSelector, entityName?: string): { annotation: Annotation; saved: Promise<Annotation> } | null;
  /** The article's text and facts, for suggestions (extension pages run the NLP, not the page). */
  articleText(): { text: string; lang: string | null; title: string; byline: string | null } | null;
  update(id: string, patch: AnnotationPatch): Promise<void>;
  remove(id: string): Promise<void>;
  subscribe(listener: () => void): () => void;
  anchorStates(): Record<string, AnchorState>;
  /** The page edited its own DOM: cached text offsets no longer hold. */
  pageChanged(): void;
}

export function createPageSession(doc: Document, overlayLayer: () => HTMLElement): PageSession {
  const listeners = new Set<() => void>();
  const article = createArticleCache(doc);
  const pendingSaves = new Map<string, Promise<Annotation>>();
  // The page's text map costs a walk over the whole body (hundreds of ms on a 5 MB page): built once,
  // reused by every anchor and selection until the page's DOM changes (see pageChanged).
  let textMap: TextMap | null = null;
  const currentMap = () => (textMap && textMap.root === doc.body ? textMap : (textMap = buildTextMap(doc.body)));

  const session: PageSession = {
    get url() {
      return normalizeUrl(doc.location.href);
    },
    annotations: [],
    entities: new Map(),
    anchors: new Map(),
    painter: createPainter(doc, overlayLayer),
    error: null,

    async load(href) {
      const url = href ? normalizeUrl(href) : session.url;
      if (!url) return;
      const canonical = canonicalHref(doc);
      const page = await sendToBackground('page:load', { url, canonicalUrl: canonical });
      session.annotations = page.annotations;
      session.entities = new Map(page.entities.map((e) => [e.id, e]));
      session.reanchor();
    },

    /** Anchors every annotation in one pass over one text map, then repaints. */
    reanchor() {
      session.painter.clear();
      session.anchors.clear();
      // A page with nothing to restore never pays for a text map.
      for (const a of session.annotations) {
        const found = anchor(currentMap(), a.selectors);
        if (found) {
          session.painter.paint(a.id, a.type, found.range);
          session.anchors.set(a.id, { state: found.confidence >= 1 ? 'anchored' : 'approximate', range: found.range });
        } else {
          session.anchors.set(a.id, { state: 'orphaned', range: null });
        }
      }
      emit();
    },

    article: () => article.meta(),

    createFromRange(range, type, entityName) {
      const url = session.url;
      if (!url) throw new Error('Gloss cannot annotate this page.');
      const selectors = describe(range, doc.body, currentMap());
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
      if (!quote || !quote.exact.trim()) throw new Error('Select some text first.');
      const now = new Date().toISOString();
      const draft = {
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
        createdAt: now,
      };
      // Paint first: the reader sees the mark at once, before the save round trip.
      const live = range.cloneRange();
      session.painter.paint(draft.id, type, live);
      session.anchors.set(draft.id, { state: 'anchored', range: live });
      const annotation: Annotation = { ...draft, entityId: null, claim: type === 'claim' ? defaultClaim() : null, updatedAt: now };
      session.annotations = [...session.annotations, annotation];
      emit();
      const saved = save(draft, url, entityName);
      pendingSaves.set(draft.id, saved);
      saved.catch(() => {}).finally(() => pendingSaves.delete(draft.id));
      return { annotation, saved };
    },

    createFromQuote(type, quote, entityName) {
      const found = anchor(currentMap(), [quote]);
      return found ? session.createFromRange(found.range, type, entityName) : null;
    },

    articleText: () => article.text(),

    async update(id, patch) {
      try {
        await pendingSaves.get(id);
        const updated = await sendToBackground('annotation:update', { id, patch });
        replace(updated);
        if (patch.type) {
          const anchored = session.anchors.get(id);
          if (anchored?.range) session.painter.paint(id, updated.type, anchored.range);
        }
        // Entity names come back with the background's content:refresh, like every other change.
        session.error = null;
      } catch (error) {
        session.error = (error as Error).message;
      }
      emit();
    },

    async remove(id) {
      try {
        await pendingSaves.get(id)?.catch(() => {});
        await sendToBackground('annotation:delete', { id });
        session.painter.remove(id);
        session.anchors.delete(id);
        session.annotations = session.annotations.filter((a) => a.id !== id);
        session.error = null;
      } catch (error) {
        session.error = (error as Error).message;
      }
      emit();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    pageChanged() {
      textMap = null;
    },

    anchorStates() {
      return Object.fromEntries([...session.anchors].map(([id, a]) => [id, a.state]));
    },
  };

  async function save(draft: AnnotationDraft, url: string, entityName?: string): Promise<Annotation> {
    try {
      // The first annotation runs Readability (tens of ms, more on long pages): let the browser
      // paint the new mark and the card first, so the click answers at once.
      await afterNextPaint(doc);
      const meta = article.meta();
      const saved = await sendToBackground('annotation:create', {
        draft,
        entityName: draft.type === 'person' || draft.type === 'organization' ? (entityName ?? draft.quote).trim() : undefined,
        // The annotation's URL, not the article's: an SPA may have moved on since Readability ran.
        article: meta ? { ...meta, url, canonicalUrl: canonicalAlias(url, canonicalHref(doc)) } : undefined,
      });
      replace(saved.annotation);
      if (saved.entity) session.entities.set(saved.entity.id, saved.entity);
      session.error = null;
      emit();
      return saved.annotation;
    } catch (error) {
      session.painter.remove(draft.id);
      session.anchors.delete(draft.id);
      session.annotations = session.annotations.filter((a) => a.id !== draft.id);
      session.error = `Not saved: ${(error as Error).message}`;
      emit();
      throw error;
    }
  }

  function emit() {
    for (const l of listeners) l();
  }
  function replace(annotation: Annotation) {
    session.annotations = session.annotations.map((a) => (a.id === annotation.id ? annotation : a));
  }
  return session;
}

/** True when a DOM mutation came from the page rather than from Gloss's own UI. */
export function isPageMutation(record: MutationRecord): boolean {
  return !isGlossUi(record.target);
}

/**
 * Resolves once the browser has rendered a frame (rAF runs just before paint, the timeout just
 * after), or after 100 ms at most: a background tab renders no frames at all.
 */
function afterNextPaint(doc: Document): Promise<void> {
  const win = doc.defaultView;
  if (!win || doc.hidden) return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    win.requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });
}
