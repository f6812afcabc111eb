import { ANNOTATION_TYPES, CLAIM_STATUSES, type AnnotationType } from '../model';
import type { ArticleRow, ClaimRow } from '../store/library-view';
import { newestFirst, savedLastFirst, siteLabel } from '../store/library-view';

/**
 * How the library's tables sort: a column and a direction, as `aria-sort` names them. Each table's
 * default (articles most recently saved first, claims newest first) is what its index reads
 * page by page; any other order is sorted here, over rows read on demand.
 */
export type SortDirection = 'ascending' | 'descending';
export interface Sort<K extends string> {
  key: K;
  direction: SortDirection;
}

export type ArticleSortKey = 'saved' | 'title' | 'site' | 'published' | AnnotationType;
export type ClaimSortKey = 'added' | 'quote' | 'claimant' | 'status' | 'source';

export const ARTICLES_BY_SAVED: Sort<ArticleSortKey> = { key: 'saved', direction: 'descending' };
export const CLAIMS_BY_ADDED: Sort<ClaimSortKey> = { key: 'added', direction: 'descending' };

export const isDefaultSort = <K extends string>(s: Sort<K>, d: Sort<K>) =>
  s.key === d.key && s.direction === d.direction;

/** Numbers and dates start with the most; text starts at A. */
const FIRST_DIRECTION: Record<ArticleSortKey | ClaimSortKey, SortDirection> = {
  saved: 'descending',
  published: 'descending',
  added: 'descending',
  ...(Object.fromEntries(ANNOTATION_TYPES.map((t) => [t, 'descending'])) as Record<
    AnnotationType,
    SortDirection
  >),
  title: 'ascending',
  site: 'ascending',
  quote: 'ascending',
  claimant: 'ascending',
  status: 'ascending',
  source: 'ascending',
};

/** A click on a column's header: sort by it, or turn its direction around when it already sorts. */
export function nextSort<K extends ArticleSortKey | ClaimSortKey>(
  current: Sort<K>,
  key: K,
): Sort<K> {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const text = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
/** Published dates are whatever the page said: unreadable ones sort after every real date. */
const publishedTime = (row: ArticleRow) => {
  const t = Date.parse(row.article.publishedTime ?? '');
  return Number.isNaN(t) ? null : t;
};
const byNumber = (a: number | null, b: number | null, direction: number) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : (a - b) * direction;

export function sortArticles(rows: ArticleRow[], sort: Sort<ArticleSortKey>): ArticleRow[] {
  const d = sort.direction === 'ascending' ? 1 : -1;
  const tie = (a: ArticleRow, b: ArticleRow) => savedLastFirst(a.article, b.article);
  const compare = (a: ArticleRow, b: ArticleRow): number => {
    switch (sort.key) {
      case 'saved':
        return -d * savedLastFirst(a.article, b.article);
      case 'title':
        return d * text(a.article.title, b.article.title);
      case 'site':
        return d * text(siteLabel(a.article), siteLabel(b.article));
      case 'published':
        return byNumber(publishedTime(a), publishedTime(b), d);
      default:
        return d * (a.counts[sort.key] - b.counts[sort.key]);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || tie(a, b));
}

const statusRank = (row: ClaimRow) =>
  CLAIM_STATUSES.indexOf(row.annotation.claim?.status ?? 'unverified');

/** Claims in the chosen order; ties newest first. Claims without a claimant sort last. */
export function sortClaims(rows: ClaimRow[], sort: Sort<ClaimSortKey>): ClaimRow[] {
  const d = sort.direction === 'ascending' ? 1 : -1;
  const tie = (a: ClaimRow, b: ClaimRow) => newestFirst(a.annotation, b.annotation);
  const compare = (a: ClaimRow, b: ClaimRow): number => {
    switch (sort.key) {
      case 'added':
        return -d * newestFirst(a.annotation, b.annotation);
      case 'quote':
        return d * text(a.annotation.quote, b.annotation.quote);
      case 'status':
        return d * (statusRank(a) - statusRank(b));
      case 'source':
        return (
          d *
          text(
            a.article?.title ?? a.annotation.articleUrl,
            b.article?.title ?? b.annotation.articleUrl,
          )
        );
      case 'claimant':
        if (!a.claimant || !b.claimant) return a.claimant ? -1 : b.claimant ? 1 : 0;
        return d * text(a.claimant.name, b.claimant.name);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || tie(a, b));
}
