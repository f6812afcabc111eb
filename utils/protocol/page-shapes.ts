import * as v from 'valibot';
import {
  ANCHOR_STATES,
  type AnchorState,
  type Annotation,
  type ArticleInput,
  type ArticleSnapshot,
  type ClaimStatus,
  type Entity,
  type Mark,
} from '../model';
import { httpUrl as Url, id as Id, text } from '../model/schemas';
import * as L from '../model/limits';
import { MAX_PAGE_HTML_CHARS } from '../page/page-snapshot';

/**
 * The records messages carry about a page and its article, beyond the model's own: what a page
 * reports (its anchor states, its article's text, its state for the popup) and what it and the
 * extension pages are given back (marks to paint, a card's data, an article then and now, what
 * Readability found). Both message tables (messages.ts, content-messages.ts) answer with them, and
 * the content script, the card and the hooks read them without needing either table.
 */

/**
 * Anchor states, and the current text of marks found only approximately: what a page reports in
 * content:state and page:anchors. The texts are bounded in count and length (utils/model/limits.ts).
 */
export const anchorReportSchema = v.object({
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
