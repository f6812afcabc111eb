import type { GlossDatabase } from '@/utils/store/db';
import type {
  BackgroundMessageType,
  BackgroundRequest,
  BackgroundResponses,
} from '@/utils/protocol/messages';
import { contentMayTouch } from '@/utils/protocol/sender';
import { canonicalAlias } from '@/utils/page/url';
import type { ArticleInput } from '@/utils/model';
import type { CardTokens } from '@/utils/protocol/card-tokens';
import type { Arrivals } from '@/utils/protocol/arrivals';
import type { ImportStaging } from '@/utils/store/import-staging';
import type { FrameRef } from '@/utils/protocol/frame-registry';
import type { ExtractArticle } from './article-extraction';
import type { SnapshotContext } from './article-changes';

/**
 * What every background handler is given (who is asking, the database, the background's services)
 * and the checks they share, so that each group of handlers (page-, article-, annotation-, card-,
 * library-handlers.ts) applies the same rule of which page may touch what.
 */

/** Who is asking: an extension page, or a content script with the URL of the page it runs in. */
export type Caller =
  | { kind: 'extension'; tabId?: number }
  | { kind: 'content'; url: string; tabId: number; frameId: number };

export interface HandlerContext extends SnapshotContext {
  db: GlossDatabase;
  caller: Caller;
  /** Tells the pages showing an article (every page, without one) that its annotations changed; never the caller's own frame. */
  notify: (articleUrl?: string) => void;
  /** A content script's frame now shows these articles (see utils/frame-registry.ts). */
  showing: (frame: FrameRef, articleUrls: string[]) => void;
  imports: ImportStaging;
  cardTokens: CardTokens;
  /** Annotations just written, for a card that was opened before its annotation was saved. */
  arrivals: Arrivals;
  /** Tells older copies of the content script in a frame that a newer one started there. */
  supersede: (tabId: number, frameId: number, instance: string) => void;
  /** Readability on a page's serialized HTML, in an extension document with a DOM. */
  extract: ExtractArticle;
}

/** One handler per background message, typed by its request and its answer. */
export type Handlers = {
  [K in BackgroundMessageType]: (
    payload: BackgroundRequest<K>,
    ctx: HandlerContext,
  ) => Promise<BackgroundResponses[K]>;
};

export function assertMayTouch(ctx: HandlerContext, articleUrl: string) {
  if (ctx.caller.kind === 'content' && !contentMayTouch(ctx.caller.url, articleUrl)) {
    throw new Error('A page may only touch its own annotations.');
  }
}

export async function assertMayTouchId(ctx: HandlerContext, id: string) {
  const current = await ctx.db.annotations.get(id);
  if (current) assertMayTouch(ctx, current.articleUrl);
  return current;
}

/**
 * The canonical URL decides whose annotations a page is shown (annotationsForUrls), so a stored one must
 * be on the article's own host: the content script checks this, and the background does not take its word.
 */
export const withOwnCanonical = (article: ArticleInput): ArticleInput => ({
  ...article,
  canonicalUrl: canonicalAlias(article.url, article.canonicalUrl),
});
