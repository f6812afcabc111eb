import type { GlossDatabase } from '@/utils/db';
import type { BackgroundMessageType, BackgroundRequest, BackgroundResponses } from '@/utils/messages';
import { contentMayTouch } from '@/utils/sender';
import { canonicalAlias } from '@/utils/url';
import {
  type ArticleInput,
  annotationsForUrls,
  createAnnotation,
  deleteAnnotation,
  findArticle,
  restoreAnnotation,
  saveArticle,
  setSuggestionDismissed,
  updateAnnotation,
} from '@/utils/repo';
import { mergeEntities, renameEntity } from '@/utils/entities';

/** Who is asking: an extension page, or a content script with the URL of the page it runs in. */
export type Caller = { kind: 'extension' } | { kind: 'content'; url: string; tabId: number };

export interface HandlerContext {
  db: GlossDatabase;
  caller: Caller;
  /** Tells open pages that an article's annotations changed, so they repaint. */
  notify: (articleUrl?: string) => void;
}

type Handlers = {
  [K in BackgroundMessageType]: (payload: BackgroundRequest<K>, ctx: HandlerContext) => Promise<BackgroundResponses[K]>;
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
const withOwnCanonical = (article: ArticleInput): ArticleInput => ({ ...article, canonicalUrl: canonicalAlias(article.url, article.canonicalUrl) });

export const handlers: Handlers = {
  async 'page:load'({ url, canonicalUrl }, ctx) {
    assertMayTouch(ctx, url);
    // The canonical alias is the page's own claim: honour it only on the page's own host.
    const alias = canonicalUrl ? canonicalAlias(url, canonicalUrl) : null;
    const urls = alias ? [url, alias] : [url];
    const [article, annotations] = await Promise.all([findArticle(ctx.db, urls), annotationsForUrls(ctx.db, urls)]);
    const entityIds = [...new Set(annotations.flatMap((a) => [a.entityId, a.claim?.claimantId]).filter((id): id is string => !!id))];
    const entities = (await ctx.db.entities.bulkGet(entityIds)).filter((e) => e !== undefined);
    return { articleUrl: article?.url ?? url, article: article ?? null, annotations, entities };
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
    if (article && article.url !== draft.articleUrl) throw new Error('The annotation and its article disagree on the URL.');
    const created = await createAnnotation(ctx.db, draft, { entityName, article: article && withOwnCanonical(article) });
    ctx.notify(draft.articleUrl);
    return created;
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
  async 'entity:rename'({ id, name }, ctx) {
    const entity = await renameEntity(ctx.db, id, name);
    ctx.notify();
    return entity;
  },
  async 'entity:merge'({ sourceId, targetId }, ctx) {
    const entity = await mergeEntities(ctx.db, sourceId, targetId);
    ctx.notify();
    return entity;
  },
  async 'suggestion:dismiss'({ article, key, dismissed }, ctx) {
    return setSuggestionDismissed(ctx.db, withOwnCanonical(article), key, dismissed);
  },
  async 'data:changed'(_payload, ctx) {
    ctx.notify();
    return null;
  },
};
