import type { GlossDatabase } from '@/utils/store/db';
import type {
  BackgroundMessageType,
  BackgroundRequest,
  BackgroundResponses,
} from '@/utils/protocol/messages';
import { contentMayTouch } from '@/utils/protocol/sender';
import { canonicalAlias } from '@/utils/page/url';
import {
  annotationsForUrls,
  createAnnotation,
  deleteAnnotation,
  findArticle,
  referencedEntities,
  restoreAnnotation,
  saveArticle,
  setSuggestionDismissed,
  updateAnnotation,
} from '@/utils/store/repo';
import { mergeEntities, renameEntity } from '@/utils/store/entities';
import { renameTag } from '@/utils/store/tags';
import { setClaimant } from '@/utils/store/claimant';
import { toMark, type ArticleInput } from '@/utils/model';
import type { CardTokens } from '@/utils/protocol/card-tokens';
import type { Arrivals } from '@/utils/protocol/arrivals';
import type { ImportStaging } from '@/utils/store/import-staging';
import type { FrameRef } from '@/utils/protocol/frame-registry';
import { clearDatabase, importIntoDb } from '@/utils/store/import-into-db';
import { completeArticle } from '@/utils/store/complete-article';
import { reattachAnnotation } from '@/utils/store/reattach';
import type { ExtractArticle } from './article-extraction';
import { revisionInTab, snapshotArticle, type SnapshotContext } from './article-changes';
import { clearSnapshots } from '@/utils/store/snapshots';

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
  supersede: (tabId: number, frameId: number, instance: string) => void;
  extract: ExtractArticle;
}

/** How long a new annotation's card waits for the page's save (a busy page, a slow disk). */
const CARD_WAITS_FOR_SAVE_MS = 10_000;

type Handlers = {
  [K in BackgroundMessageType]: (
    payload: BackgroundRequest<K>,
    ctx: HandlerContext,
  ) => Promise<BackgroundResponses[K]>;
};

function assertMayTouch(ctx: HandlerContext, articleUrl: string) {
  if (ctx.caller.kind === 'content' && !contentMayTouch(ctx.caller.url, articleUrl)) {
    throw new Error('A page may only touch its own annotations.');
  }
}

async function assertMayTouchId(ctx: HandlerContext, id: string) {
  const current = await ctx.db.annotations.get(id);
  if (current) assertMayTouch(ctx, current.articleUrl);
  return current;
}

/**
 * The canonical URL decides whose annotations a page is shown (annotationsForUrls), so a stored one must
 * be on the article's own host: the content script checks this, and the background does not take its word.
 */
const withOwnCanonical = (article: ArticleInput): ArticleInput => ({
  ...article,
  canonicalUrl: canonicalAlias(article.url, article.canonicalUrl),
});

export const handlers: Handlers = {
  async 'page:load'({ url, canonicalUrl, instance }, ctx) {
    assertMayTouch(ctx, url);
    if (ctx.caller.kind === 'content')
      ctx.supersede(ctx.caller.tabId, ctx.caller.frameId, instance);
    // The canonical alias is the page's own claim: honour it only on the page's own host.
    const alias = canonicalUrl ? canonicalAlias(url, canonicalUrl) : null;
    const urls = alias ? [url, alias] : [url];
    const [article, annotations] = await Promise.all([
      findArticle(ctx.db, urls),
      annotationsForUrls(ctx.db, urls),
    ]);
    if (ctx.caller.kind === 'content') {
      const { tabId, frameId } = ctx.caller;
      ctx.showing({ tabId, frameId }, [
        ...new Set([
          ...urls,
          ...(article ? [article.url] : []),
          ...annotations.map((a) => a.articleUrl),
        ]),
      ]);
    }
    // Marks only: the page gets what it must paint, never notes, names or claim fields — except
    // each claim's status, which the content script paints in a closed shadow root (PageMarks).
    return {
      articleUrl: article?.url ?? url,
      marks: annotations.map(toMark),
      claimStatuses: Object.fromEntries(
        annotations.flatMap((a) => (a.claim ? [[a.id, a.claim.status]] : [])),
      ),
    };
  },
  async 'article:extract'({ url, html }, ctx) {
    assertMayTouch(ctx, url);
    return ctx.extract(html, url);
  },
  async 'article:complete'({ article }, ctx) {
    assertMayTouch(ctx, article.url);
    // Placeholders only: a page cannot rewrite an article record that already holds an extraction.
    const completed = await completeArticle(ctx.db, withOwnCanonical(article));
    if (completed && ctx.caller.kind === 'content')
      await snapshotArticle(ctx, ctx.caller, article.url);
    return completed;
  },
  async 'article:get'({ urls }, ctx) {
    urls.forEach((u) => assertMayTouch(ctx, u));
    return (await findArticle(ctx.db, urls)) ?? null;
  },
  async 'article:save'({ article }, ctx) {
    assertMayTouch(ctx, article.url);
    const saved = await saveArticle(ctx.db, withOwnCanonical(article));
    ctx.notify(saved.url);
    return saved;
  },
  async 'annotation:create'({ draft, entityName, article }, ctx) {
    assertMayTouch(ctx, draft.articleUrl);
    if (article && article.url !== draft.articleUrl)
      throw new Error('The annotation and its article disagree on the URL.');
    // A page may not leave notes: what the reader writes goes through the card, an extension page.
    if (ctx.caller.kind === 'content' && draft.note !== '')
      throw new Error('A page cannot write notes.');
    const created = await createAnnotation(ctx.db, draft, {
      entityName,
      article: article && withOwnCanonical(article),
    });
    ctx.arrivals.arrived(created.annotation.id);
    ctx.notify(draft.articleUrl);
    // The article's first annotation keeps its text (an extracted record; a placeholder's comes with article:complete).
    if (ctx.caller.kind === 'content') await snapshotArticle(ctx, ctx.caller, draft.articleUrl);
    return toMark(created.annotation);
  },
  async 'annotation:update'({ id, patch }, ctx) {
    await assertMayTouchId(ctx, id);
    const updated = await updateAnnotation(ctx.db, id, patch);
    ctx.notify(updated.articleUrl);
    return updated;
  },
  async 'annotation:delete'({ id }, ctx) {
    await assertMayTouchId(ctx, id);
    const deleted = (await deleteAnnotation(ctx.db, id)) ?? null;
    if (deleted) ctx.notify(deleted.articleUrl);
    return deleted;
  },
  async 'annotation:restore'({ annotation }, ctx) {
    assertMayTouch(ctx, annotation.articleUrl);
    // A put replaces: the id must not belong to another site's annotation either.
    await assertMayTouchId(ctx, annotation.id);
    const restored = await restoreAnnotation(ctx.db, annotation);
    ctx.notify(restored.articleUrl);
    return restored;
  },
  // Pages hold marks, not names: renaming or merging entities changes nothing they paint.
  async 'entity:rename'({ id, name }, ctx) {
    return renameEntity(ctx.db, id, name);
  },
  async 'entity:merge'({ sourceId, targetId }, ctx) {
    return mergeEntities(ctx.db, sourceId, targetId);
  },
  // Tags and claimants live in extension pages only (pages paint marks): nothing to tell the tabs.
  async 'tag:rename'({ from, to }, ctx) {
    return { renamed: await renameTag(ctx.db, from, to) };
  },
  async 'claim:set-claimant'({ id, name, type }, ctx) {
    return setClaimant(ctx.db, id, name, type);
  },
  async 'suggestion:dismiss'({ article, key, dismissed }, ctx) {
    return setSuggestionDismissed(ctx.db, withOwnCanonical(article), key, dismissed);
  },
  async 'card:open'({ id, focus }, ctx) {
    if (ctx.caller.kind !== 'content') throw new Error('Only a page opens a card.');
    // The annotation may still be on its way (a card opens at the click, while the page saves):
    // whether it belongs to this page's site is checked when the card redeems the token.
    const { url: pageUrl, tabId, frameId } = ctx.caller;
    return { token: ctx.cardTokens.issue({ annotationId: id, tabId, frameId, pageUrl, focus }) };
  },
  async 'card:claim'({ token, parentOrigin }, ctx) {
    const result = ctx.cardTokens.redeem(token, { tabId: ctx.caller.tabId, parentOrigin });
    if (!result.ok) throw new Error(result.reason);
    const { annotationId, pageUrl, focus } = result.grant;
    const arrival = ctx.arrivals.wait(annotationId, CARD_WAITS_FOR_SAVE_MS);
    let annotation = await ctx.db.annotations.get(annotationId);
    if (!annotation) {
      await arrival.done;
      annotation = await ctx.db.annotations.get(annotationId);
    }
    arrival.cancel();
    if (!annotation) throw new Error('This annotation was not saved.');
    if (!contentMayTouch(pageUrl, annotation.articleUrl))
      throw new Error('A page may only open cards of its own annotations.');
    const claimants = await referencedEntities(
      ctx.db,
      await ctx.db.annotations.where('articleUrl').equals(annotation.articleUrl).toArray(),
    );
    const entityName = claimants.find((e) => e.id === annotation.entityId)?.name ?? null;
    return { annotation, entityName, claimants, focus };
  },
  async 'library:import-chunk'({ importId, chunk }, ctx) {
    return { received: ctx.imports.add(importId, chunk) };
  },
  async 'library:import-commit'({ importId }, ctx) {
    const summary = await importIntoDb(ctx.db, ctx.imports.take(importId));
    ctx.notify();
    return summary;
  },
  async 'library:clear'(_payload, ctx) {
    await clearDatabase(ctx.db);
    ctx.notify();
    return null;
  },
  // Issue 12, side panel: "Attach here" (the sender rule keeps it to extension pages).
  async 'annotation:reattach'({ id, selectors }, ctx) {
    await assertMayTouchId(ctx, id);
    const moved = await reattachAnnotation(ctx.db, id, selectors);
    ctx.notify(moved.articleUrl);
    return moved;
  },
  async 'article:changes'({ tabId }, ctx) {
    return revisionInTab(ctx, tabId);
  },
  async 'snapshots:clear'(_payload, ctx) {
    return clearSnapshots(ctx.db);
  },
  // Extension pages about the tab (popup, side panel) hear this message themselves; the background has nothing to add.
  async 'page:anchors'({ url }, ctx) {
    assertMayTouch(ctx, url);
    return null;
  },
};
