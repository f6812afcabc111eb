import { findArticle, saveArticle, setSuggestionDismissed } from '@/utils/store/repo';
import { clearSnapshots } from '@/utils/store/snapshots';
import { revisionInTab } from './article-changes';
import { assertMayTouch, withOwnCanonical, type Handlers } from './handler-context';

/**
 * Article records as extension pages read and keep them: an article looked up or saved, a
 * suggestion dismissed on it, what changed in the article a tab shows since it was annotated, and
 * the snapshots those changes are measured against, deleted.
 */
export const articleHandlers: Pick<
  Handlers,
  'article:get' | 'article:save' | 'suggestion:dismiss' | 'article:changes' | 'snapshots:clear'
> = {
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
  async 'suggestion:dismiss'({ article, key, dismissed }, ctx) {
    return setSuggestionDismissed(ctx.db, withOwnCanonical(article), key, dismissed);
  },
  async 'article:changes'({ tabId }, ctx) {
    return revisionInTab(ctx, tabId);
  },
  async 'snapshots:clear'(_payload, ctx) {
    return clearSnapshots(ctx.db);
  },
};
