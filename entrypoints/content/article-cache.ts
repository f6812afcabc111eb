import { extractArticle } from '@/utils/article';
import type { ArticleText } from '@/utils/messages';
import type { ArticleInput } from '@/utils/model';

/**
 * The page's article, found with Readability (on a clone) the first time something needs it —
 * the first annotation, the popup, suggestions — and again only when the URL changes. Restoring
 * highlights never waits for it, and pages the reader never annotates never pay for it.
 */
export function createArticleCache(doc: Document) {
  let forHref: string | null = null;
  let meta: ArticleInput | null = null;
  let text: ArticleText | null = null;

  const refresh = () => {
    if (forHref === doc.location.href) return;
    forHref = doc.location.href;
    const found = extractArticle(doc, doc.location.href);
    if (!found) {
      meta = text = null;
      return;
    }
    const { text: body, asides, ...rest } = found;
    meta = rest;
    text = { text: body, lang: rest.lang, title: rest.title, byline: rest.byline, asides };
  };

  return {
    meta(): ArticleInput | null {
      refresh();
      return meta;
    },
    text(): ArticleText | null {
      refresh();
      return text;
    },
  };
}
