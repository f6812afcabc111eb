import { canonicalAlias } from '@/utils/page/url';
import { annotationsForUrls, findArticle } from '@/utils/store/repo';
import { completeArticle } from '@/utils/store/complete-article';
import { toMark } from '@/utils/model';
import { snapshotArticle } from './article-changes';
import { assertMayTouch, withOwnCanonical, type Handlers } from './handler-context';

/**
 * What a content script asks about the page it runs in: the marks to paint (and which frame shows
 * which article), its HTML parsed off the page's main thread, the placeholder article its first
 * annotation saved completed, and its anchor states. Each is held to the page's own site.
 */
export const pageHandlers: Pick<
  Handlers,
  'page:load' | 'article:extract' | 'article:complete' | 'page:anchors'
> = {
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
  // Extension pages about the tab (popup, side panel) hear this message themselves; the background has nothing to add.
  async 'page:anchors'({ url }, ctx) {
    assertMayTouch(ctx, url);
    return null;
  },
};
