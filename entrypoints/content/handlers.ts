import type {
  ContentMessageType,
  ContentRequest,
  ContentResponses,
} from '@/utils/protocol/content-messages';
import { canonicalAlias, siteOf } from '@/utils/page/url';
import type { PageSession } from './session';
import { canonicalHref } from '@/utils/page/canonical-link';
import type { PageUi } from './ui-controller';
import type { ContentScriptContext } from '@/utils/page/content-script-context';
import { anchorReport } from './anchor-reports';

type Handlers = {
  [K in ContentMessageType]: (payload: ContentRequest<K>) => Promise<ContentResponses[K]>;
};

/** What the popup (and the background's context menu) can ask of the page. */
export function createContentHandlers(
  session: PageSession,
  ui: PageUi,
  ctx: ContentScriptContext,
): Handlers {
  return {
    async 'content:state'({ extract }) {
      const url = session.url ?? location.href;
      return {
        url,
        canonicalUrl: canonicalAlias(url, canonicalHref(document)),
        article: extract ? await session.article() : null,
        selection: ui.currentSelection()?.toString().trim() ?? '',
        ...anchorReport(session),
      };
    },
    async 'content:tag-selection'({ type }) {
      const created = await ui.tagSelection(type);
      if (!created) throw new Error(session.error ?? 'Select some text on the page first.');
      return created;
    },
    async 'content:scroll-to'({ id }) {
      const range = session.rangeOf(id);
      if (!range) return false;
      const target =
        range.startContainer.nodeType === 1
          ? (range.startContainer as Element)
          : range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      session.flash(id);
      return true;
    },
    async 'content:article-text'() {
      return session.articleText();
    },
    async 'content:tag-quote'({ type, quote, entityName }) {
      const created = session.createFromQuote(type, quote, entityName);
      return created ? await created.saved : null;
    },
    async 'content:selection-selectors'() {
      const range = ui.currentSelection();
      const selectors = range ? session.describe(range) : [];
      return selectors.length ? selectors : null;
    },
    async 'content:superseded'({ instance }) {
      ctx.supersededBy(instance);
      return null;
    },
    async 'content:refresh'({ articleUrl }) {
      // Only a change on this frame's own site can concern it (the rule of utils/protocol/sender.ts).
      if (!articleUrl || siteOf(location.href) === siteOf(articleUrl)) await session.load();
      return null;
    },
  };
}
