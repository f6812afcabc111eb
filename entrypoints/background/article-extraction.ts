import { browser } from 'wxt/browser';
import type { ArticleFound } from '@/utils/protocol/page-shapes';
import { createOffscreenKeeper } from '@/utils/protocol/offscreen-keeper';
import { offscreenRequest, type OffscreenReply } from '@/utils/protocol/offscreen-protocol';

export type ExtractArticle = (html: string, url: string) => Promise<ArticleFound | null>;

/**
 * Where a page's HTML is parsed: Chrome's service worker has no DOM, so an offscreen document does
 * it (created on demand, closed when idle); Firefox's MV2 background page has a DOM and does it itself.
 */
export function createArticleExtraction(): ExtractArticle {
  if (import.meta.env.FIREFOX) {
    // Imported only in the Firefox build (the branch is dropped from Chrome's): Readability stays
    // out of Chrome's service worker, which never parses a page itself.
    return async (html, url) =>
      (await import('@/utils/page/article-from-html')).extractArticleFromHtml(html, url);
  }

  const path = '/offscreen.html';
  const keeper = createOffscreenKeeper({
    exists: async () =>
      (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: path,
        reasons: ['DOM_PARSER'],
        justification:
          "Readability parses a copy of the page's HTML here, off the page's main thread.",
      }),
    close: () => browser.offscreen.closeDocument(),
  });
  return (html, url) =>
    keeper.use(async () => {
      const reply = (await browser.runtime.sendMessage(offscreenRequest(url, html))) as
        OffscreenReply | undefined;
      if (!reply) throw new Error('Gloss could not read this article: its parser did not answer.');
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    });
}
