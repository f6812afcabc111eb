import { useCallback, useMemo, useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import type { ClaimStatus, Entity } from '@/utils/model';
import { useLiveQuery } from '@/hooks/use-live-query';
import {
  buildLibraryView,
  isFiltered,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type LibraryFilters,
  type SearchMatch,
} from '@/utils/store/library-view';
import {
  readArticlePage,
  countClaims,
  readClaimRows,
  readEntityPage,
  readFilteredData,
  readMentions,
  readSites,
  type Page,
} from '@/utils/store/library-queries';
import { readAllClaimRows, readSortedArticlePage } from '@/utils/store/library-sorted';
import { readTags, type TagCount } from '@/utils/store/tags';
import {
  ARTICLES_BY_SAVED,
  CLAIMS_BY_ADDED,
  isDefaultSort,
  sortArticles,
  sortClaims,
  type ArticleSortKey,
  type ClaimSortKey,
  type Sort,
} from '@/utils/library/sort';
import { parseQuery, type SearchQuery } from '@/utils/library/search';
import { useDebounced, useUnverifiedClaims } from './use-library-extras';

const PAGE = 50;
type Section = 'articles' | 'entities' | 'claims' | 'matches';

/** Rows read so far, how many there are, and a way to read the next page. */
export interface Shown<T> extends Page<T> {
  more: () => void;
}

/** How the reader narrowed and ordered the library. */
export interface LibraryOptions {
  filters: LibraryFilters;
  articleSort: Sort<ArticleSortKey>;
  claimSort: Sort<ClaimSortKey>;
  claimStatus: ClaimStatus | 'all';
}

export interface Library {
  /** Undefined until the first rows are read. */
  articles?: Shown<ArticleRow>;
  entities?: Shown<EntityRow> & { choices: Entity[] };
  claims?: Shown<ClaimRow>;
  /** Annotations the search finds, while there is a query. */
  matches?: Shown<SearchMatch>;
  /** The search the rows were found with, for marking its words where they show. */
  search: SearchQuery;
  sites: string[];
  tags: TagCount[];
  unverifiedClaims: number;
  /** A query for one entity's mentions inside the filters, for useLiveQuery. */
  mentionsOf: (entityId: string) => ReturnType<typeof readMentions>;
  error: Error | null;
}

/** The claims section: a page read with its total, or indexed rows with their count once counted. */
const withClaimCount = (
  page: Page<ClaimRow> | ClaimRow[] | undefined,
  count: number | undefined,
): Page<ClaimRow> | undefined =>
  Array.isArray(page) ? (count === undefined ? undefined : { rows: page, total: count }) : page;

const withStatus = (rows: ClaimRow[], status: ClaimStatus | 'all') =>
  status === 'all'
    ? rows
    : rows.filter((r) => (r.annotation.claim?.status ?? 'unverified') === status);

/**
 * The library page's data, read with liveQuery so a write anywhere (the background, the popup,
 * another tab) shows without a reload, and re-reads only what it touched.
 * Unfiltered, each section reads its first rows by index (utils/store/library-queries.ts), and
 * another order or a claim status reads that section on demand (library-sorted.ts). Filtered or
 * searched, the records the filters can keep are read once per site, type, tag and date choice,
 * and the view is derived in memory, so typing a search does not read the database per key.
 */
export function useLibrary(db: GlossDatabase, options: LibraryOptions): Library {
  const { articleSort, claimSort, claimStatus } = options;
  const query = useDebounced(options.filters.query, 150);
  const filters = useMemo(() => ({ ...options.filters, query }), [options.filters, query]);
  const search = useMemo(() => parseQuery(query), [query]);
  const [limits, setLimits] = useState<Record<Section, number>>({
    articles: PAGE,
    entities: PAGE,
    claims: PAGE,
    matches: PAGE,
  });
  const more = (section: Section) => () =>
    setLimits((l) => ({ ...l, [section]: l[section] + PAGE }));

  // Filtered, the sections come from the derived view: the live reads keep their cheap default.
  const filtered = isFiltered(filters);
  const articlesByIndex = filtered || isDefaultSort(articleSort, ARTICLES_BY_SAVED);
  const articles = useLiveQuery(
    () =>
      articlesByIndex
        ? readArticlePage(db, limits.articles)
        : readSortedArticlePage(db, articleSort, limits.articles),
    [db, limits.articles, articlesByIndex, articleSort.key, articleSort.direction],
  );
  // Everything else waits for the first rows, so it does not compete with them in IndexedDB's
  // queue: the sites read every article, the claims' rows their articles and claimants.
  const opened = articles.value !== undefined;
  const entities = useLiveQuery(
    () => (opened ? readEntityPage(db, limits.entities) : undefined),
    [db, opened, limits.entities],
  );
  const claimsByIndex =
    filtered || (isDefaultSort(claimSort, CLAIMS_BY_ADDED) && claimStatus === 'all');
  const claimPage = useLiveQuery(async (): Promise<Page<ClaimRow> | ClaimRow[] | undefined> => {
    if (!opened) return undefined;
    if (claimsByIndex) return readClaimRows(db, limits.claims);
    const rows = sortClaims(withStatus(await readAllClaimRows(db), claimStatus), claimSort);
    return { rows: rows.slice(0, limits.claims), total: rows.length };
  }, [db, opened, limits.claims, claimsByIndex, claimStatus, claimSort.key, claimSort.direction]);
  // Counted apart from the rows it pages (see countClaims): an edited claim shows at once, and the
  // count keeps its last value while it is counted again.
  const claimCount = useLiveQuery(
    () => (opened && claimsByIndex ? countClaims(db) : undefined),
    [db, opened, claimsByIndex],
  );
  const claims = useMemo(
    () => withClaimCount(claimPage.value, claimCount.value),
    [claimPage.value, claimCount.value],
  );
  const sites = useLiveQuery(() => (opened ? readSites(db) : []), [db, opened]);
  const tags = useLiveQuery(() => (opened ? readTags(db) : []), [db, opened]);
  const unverified = useUnverifiedClaims(db, claims);

  const { site, type, from, to, tag } = filters;
  const readKey = JSON.stringify([site, type, from, to, tag]);
  // Tagged with the filters it was read for, so a stale read is never shown under new filters.
  const data = useLiveQuery(
    async () => (filtered ? { key: readKey, data: await readFilteredData(db, filters) } : null),
    [db, filtered, readKey],
  );
  const view = useMemo(
    () =>
      filtered && data.value?.key === readKey ? buildLibraryView(data.value.data, filters) : null,
    [filtered, data.value, readKey, filters],
  );
  const mentionsOf = useCallback(
    (entityId: string) => readMentions(db, entityId, filters),
    [db, readKey],
  );

  const shown = <T>(section: Section, rows: T[]): Shown<T> => ({
    rows: rows.slice(0, limits[section]),
    total: rows.length,
    more: more(section),
  });
  const live = <T>(section: Section, page: Page<T> | undefined) =>
    page && { ...page, more: more(section) };
  const base = {
    search,
    sites: sites.value ?? [],
    tags: tags.value ?? [],
    unverifiedClaims: unverified,
    mentionsOf,
  };
  const error =
    articles.error ??
    entities.error ??
    claimPage.error ??
    claimCount.error ??
    data.error ??
    sites.error ??
    tags.error;
  if (filtered) {
    if (!view) return { ...base, error };
    return {
      ...base,
      error,
      articles: shown('articles', sortArticles(view.articles, articleSort)),
      entities: {
        ...shown('entities', view.entities),
        choices: view.entities.map((r) => r.entity),
      },
      claims: shown('claims', sortClaims(withStatus(view.claims, claimStatus), claimSort)),
      matches: filters.query.trim() ? shown('matches', view.matches) : undefined,
    };
  }
  const entityPage = entities.value && { ...entities.value, more: more('entities') };
  return {
    ...base,
    error,
    articles: live('articles', articles.value),
    entities: entityPage,
    claims: live('claims', claims),
  };
}
