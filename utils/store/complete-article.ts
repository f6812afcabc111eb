import type { GlossDatabase } from './db';
import type { Article, ArticleInput } from '../model';
import { bareArticle } from '../model/placeholder-article';
import { replaceStored } from './replace';

/**
 * A page's first annotation is saved at once, with a placeholder article (bareArticle) when the
 * page's extraction has not finished yet; Readability runs off the page's main thread and its
 * result completes the record afterwards. A placeholder is exactly what bareArticle made.
 */
export function isPlaceholder(article: Article): boolean {
  const bare = bareArticle(article.url);
  return (
    article.title === bare.title &&
    article.textHash === bare.textHash &&
    article.length === bare.length &&
    article.excerpt === bare.excerpt
  );
}

/**
 * Fills in a placeholder with what extraction found, keeping when it was saved and what the reader
 * dismissed. Never creates a record (extraction alone stores nothing: only an annotation or "Save
 * article" does) and never overwrites a record that already holds an extraction.
 */
export async function completeArticle(
  db: GlossDatabase,
  input: ArticleInput,
  now = new Date(),
): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(input.url);
    if (!existing || !isPlaceholder(existing)) return false;
    await replaceStored(db.articles, input.url, {
      ...input,
      dismissedSuggestions: existing.dismissedSuggestions,
      savedAt: existing.savedAt,
      updatedAt: now.toISOString(),
    });
    return true;
  });
}
