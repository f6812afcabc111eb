import type { Article, ArticleInput } from './index';

/**
 * What Gloss records for a page it knows only by its URL: named after the URL, no metadata. The
 * repository saves it with a page's first annotation until extraction completes it
 * (utils/store/complete-article.ts recognises it by being exactly this); exports and imports use
 * it for annotations whose article record is missing.
 */
export function bareArticle(url: string): ArticleInput {
  return {
    url,
    canonicalUrl: null,
    title: url,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    excerpt: null,
    length: 0,
    textHash: null,
  };
}

/** bareArticle as a stored record, with a title when one is known. */
export function placeholderArticle(
  url: string,
  dates: { savedAt: string; updatedAt: string },
  title: string | null = null,
): Article {
  return { ...bareArticle(url), title: title ?? url, dismissedSuggestions: [], ...dates };
}
