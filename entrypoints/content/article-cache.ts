import type { ArticleFound } from '@/utils/protocol/page-shapes';
import { sendToBackground } from '@/utils/protocol/messaging';
import { idleSlicer, MAX_PAGE_HTML_CHARS, serializePage } from '@/utils/page/page-snapshot';
import { normalizeUrl } from '@/utils/page/url';
import { CARD_HOST_TAG, UI_HOST_TAG } from './ui-host';
import { yieldToPage } from './yield-to-page';

export type Extract = (url: string, html: string) => Promise<ArticleFound | null>;

/**
 * The page's article, found the first time something needs it — the first annotation, the popup,
 * suggestions — and again only when the URL changes. Restoring highlights never waits for it, and
 * pages the reader never annotates never pay for it. The page's only part is a copy of its HTML,
 * made in idle slices (utils/page/page-snapshot.ts); Readability runs in an extension document.
 */
export function createArticleCache(
  doc: Document,
  extract: Extract = (url, html) => sendToBackground('article:extract', { url, html }),
  slicer = () => idleSlicer(doc.defaultView ?? window),
) {
  let forHref: string | null = null;
  let pending: Promise<ArticleFound | null> = Promise.resolve(null);
  let known: ArticleFound | null | undefined;

  const find = async (href: string) => {
    if (!normalizeUrl(href)) return null;
    const html = await serializePage(doc, slicer(), `${UI_HOST_TAG}, ${CARD_HOST_TAG}`);
    if (html.length > MAX_PAGE_HTML_CHARS) return null;
    // Handing a few hundred thousand characters to the extension's messaging takes the page's
    // thread 20–40 ms on its own: not in the same task as the copy's last slice.
    await yieldToPage();
    return extract(href, html);
  };

  return {
    /** The article of the page as it is now (null when it has none); extracts it on first ask. */
    found(): Promise<ArticleFound | null> {
      if (forHref === doc.location.href) return pending;
      const href = (forHref = doc.location.href);
      known = undefined;
      pending = find(href).then(
        (found) => {
          if (forHref === href) known = found;
          return found;
        },
        (error: Error) => {
          if (forHref === href) forHref = null; // asked again, it tries again
          throw error;
        },
      );
      return pending;
    },
    /** What is known without waiting: the article (or null, none) once extracted, undefined before. */
    known(): ArticleFound | null | undefined {
      return forHref === doc.location.href ? known : undefined;
    },
  };
}
