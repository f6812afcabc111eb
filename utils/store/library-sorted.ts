import type { GlossDatabase } from './db';
import { ANNOTATION_TYPES, noCounts, type AnnotationType } from '../model';
import type { ArticleRow, ClaimRow } from './library-view';
import { annotationCounts, claimRange, claimRows, type Page } from './library-queries';
import { sortArticles, type ArticleSortKey, type Sort } from '../library/sort';

/**
 * The library's tables in an order the reader chose by a column's header. The default orders are
 * read page by page from an index (library-queries.ts); these read on demand, when the reader asks
 * for another order or a status, never when the library opens.
 */

const isCount = (key: ArticleSortKey): key is AnnotationType =>
  (ANNOTATION_TYPES as readonly string[]).includes(key);

/**
 * Articles in the chosen order: every article record (a library holds far fewer articles than
 * annotations), sorted, then counts for the shown rows only — or for all of them when a count
 * column is the order.
 */
export function readSortedArticlePage(
  db: GlossDatabase,
  sort: Sort<ArticleSortKey>,
  limit: number,
): Promise<Page<ArticleRow>> {
  return db.transaction('r', db.articles, db.articleTallies, async () => {
    const articles = await db.articles.toArray();
    // Ordered by a count, every article's counts are needed: all the tallies in one read, not a
    // lookup per article.
    const counted = isCount(sort.key)
      ? new Map((await db.articleTallies.toArray()).map((t) => [t.url, t.counts]))
      : null;
    const rows = sortArticles(
      articles.map((article) => ({
        article,
        counts: counted?.get(article.url) ?? noCounts(),
      })),
      sort,
    ).slice(0, limit);
    if (!counted) {
      const counts = await annotationCounts(
        db,
        rows.map((r) => r.article.url),
      );
      for (const row of rows) row.counts = counts.get(row.article.url)!;
    }
    return { total: articles.length, rows };
  });
}

/** Every claim with its article and claimant: the claims queue narrowed by status or sorted by a column. */
export function readAllClaimRows(db: GlossDatabase): Promise<ClaimRow[]> {
  return db.transaction('r', db.annotations, db.articles, db.entities, async () => {
    const claims = await claimRange(db).reverse().toArray();
    return claimRows(db, claims);
  });
}
