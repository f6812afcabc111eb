import type { AnchorState, AnnotationType, Mark, TextQuoteSelector } from '@/utils/model';
import type { AnnotationDraft, ArticleInput } from '@/utils/model';
import type { ArticleText } from '@/utils/protocol/messages';
import { anchor, buildTextMap, describe, type TextMap } from '@/utils/page/anchoring';
import { createPainter, type Painter } from '@/utils/page/painter';
import { sendToBackground } from '@/utils/protocol/messaging';
import { toMark } from '@/utils/model';
import { canonicalAlias, normalizeUrl } from '@/utils/page/url';
import { canonicalHref } from '@/utils/page/canonical-link';
import { isGlossUi } from './ui-host';
import { createArticleCache } from './article-cache';
import type { ArticleFound } from '@/utils/protocol/messages';

/**
 * Everything the content script knows about its page: the marks it paints (ids, type, selectors —
 * never notes, names or claim fields, which stay in extension pages), where each one is anchored,
 * and the article (extracted only when first needed, so restoring never waits for it).
 * UI components subscribe to it; it is the only thing that talks to the background.
 */
export interface PageSession {
  readonly url: string | null;
  marks: Mark[];
  anchors: Map<string, { state: AnchorState; range: Range | null }>;
  painter: Painter;
  error: string | null;
  /** Fetches and paints the page's annotations; `href` when the URL is about to change (SPA navigation). */
  load(href?: string): Promise<void>;
  reanchor(): void;
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
  anchorStates(): Record<string, AnchorState>;
  /** The page edited its own DOM: cached text offsets no longer hold. */
  pageChanged(): void;
}

/** `instance` is this copy of the content script's id: the background uses it to end older copies. */
export function createPageSession(
  doc: Document,
  overlayLayer: () => HTMLElement,
  instance: string,
  article = createArticleCache(doc),
): PageSession {
  const listeners = new Set<() => void>();
  // The page's text map costs a walk over the whole body (hundreds of ms on a 5 MB page): built once,
  // reused by every anchor and selection until the page's DOM changes (see pageChanged).
  let textMap: TextMap | null = null;
  const currentMap = () =>
    textMap && textMap.root === doc.body ? textMap : (textMap = buildTextMap(doc.body));

  const session: PageSession = {
    get url() {
      return normalizeUrl(doc.location.href);
    },
    marks: [],
    anchors: new Map(),
    painter: createPainter(doc, overlayLayer),
    error: null,

    async load(href) {
      const url = href ? normalizeUrl(href) : session.url;
      if (!url) return;
      const canonical = canonicalHref(doc);
      const page = await sendToBackground('page:load', { url, canonicalUrl: canonical, instance });
      session.marks = page.marks;
      session.reanchor();
    },

    /** Anchors every annotation in one pass over one text map, then repaints. */
    reanchor() {
      session.painter.clear();
      session.anchors.clear();
      // A page with nothing to restore never pays for a text map.
      for (const a of session.marks) {
        const found = anchor(currentMap(), a.selectors);
        if (found) {
          session.painter.paint(a.id, a.type, found.range);
          session.anchors.set(a.id, {
            state: found.confidence >= 1 ? 'anchored' : 'approximate',
            range: found.range,
          });
        } else {
          session.anchors.set(a.id, { state: 'orphaned', range: null });
        }
      }
      emit();
    },

    article: async () => {
      const found = await article.found();
      if (!found) return null;
      const { text: _text, asides: _asides, ...meta } = found;
      return meta;
    },

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
      const mark = toMark(draft);
      session.marks = [...session.marks, mark];
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
          text: found.text,
          lang: found.lang,
          title: found.title,
          byline: found.byline,
          asides: found.asides,
        }
      );
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
      session.error = null;
      emit();
      if (known === undefined) void completeArticle(url);
      return saved;
    } catch (error) {
      session.painter.remove(draft.id);
      session.anchors.delete(draft.id);
      session.marks = session.marks.filter((m) => m.id !== draft.id);
      session.error = `Not saved: ${(error as Error).message}`;
      emit();
      throw error;
    }
  }

  /** The record for the annotation's URL, not the article's: an SPA may have moved on since extraction. */
  function articleFor(found: ArticleFound, url: string): ArticleInput {
    const { text: _text, asides: _asides, ...meta } = found;
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

/** True when a DOM mutation came from the page rather than from Gloss's own UI. */
export function isPageMutation(record: MutationRecord): boolean {
  return !isGlossUi(record.target);
}
