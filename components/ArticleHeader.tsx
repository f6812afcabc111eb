import type { ArticleInput } from '@/utils/model';
import { formatDate } from '@/utils/format';

/**
 * Title, byline, site and date of an article, as a citation would give them; says so when the page
 * has no article.
 */
export function ArticleHeader({ article }: { article: ArticleInput | null | undefined }) {
  if (!article) return <p class="empty">No article found on this page</p>;
  const date = formatDate(article.publishedTime);
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title}</h1>
      <p class="article-meta">
        {[article.byline, article.siteName, date].filter(Boolean).map((part, i) => (
          <span key={i} class="article-meta-part">
            {part}
          </span>
        ))}
      </p>
    </header>
  );
}
