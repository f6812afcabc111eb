import * as v from 'valibot';
import { ANNOTATION_TYPES, type Mark, type Selector } from '../model';
import { entityName as EntityName, httpUrl as Url, id as Id, text } from '../model/schemas';
import * as L from '../model/limits';
import type { ArticleText, ContentState } from './page-shapes';

/**
 * The messages a content script answers: from the popup and the side panel (its state, tag the
 * selection or a suggested quote, scroll to a mark, the selection's selectors) and from the
 * background (refresh after a change, the article's text, end an older copy). The content script
 * validates each against this table as the background does against its own (messages.ts); who may
 * send is one rule there, the extension's own pages and background (entrypoints/content/index.tsx).
 */

const AnnotationTypeSchema = v.picklist(ANNOTATION_TYPES);

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
