import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import type { Entity } from '@/utils/model';
import { useLiveQuery } from '@/hooks/use-live-query';
import {
  buildLibraryView,
  isFiltered,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type LibraryFilters,
  type LibraryView,
} from '@/utils/store/library-view';
import {
  countUnverifiedClaims,
  readArticlePage,
  readClaimPage,
  readEntityPage,
  readFilteredData,
  readMentions,
  readSites,
  type Page,
} from '@/utils/store/library-queries';

const PAGE = 50;
type Section = 'articles' | 'entities' | 'claims' | 'matches';

/** Rows read so far, how many there are, and a way to read the next page. */
export interface Shown<T> extends Page<T> {
  more: () => void;
}

export interface Library {
  /** Undefined until the first rows are read. */
  articles?: Shown<ArticleRow>;
  entities?: Shown<EntityRow> & { choices: Entity[] };
  claims?: Shown<ClaimRow>;
  /** Search results, while there is a query. */
  matches?: Shown<LibraryView['matches'][number]>;
  sites: string[];
  unverifiedClaims: number;
  /** A query for one entity's mentions inside the filters, for useLiveQuery. */
  mentionsOf: (entityId: string) => ReturnType<typeof readMentions>;
  error: Error | null;
}

/**
 * The library page's data, read with liveQuery so a write anywhere (the background, the popup,
 * another tab) shows without a reload, and re-reads only what it touched.
 * Unfiltered, each section reads its first rows by index (utils/library-queries.ts). Filtered or
 * searched, the records the filters can keep are read once per site, type and date choice, and
 * the view is derived in memory, so typing a search does not read the database per key.
 */
export function useLibrary(db: GlossDatabase, filters: LibraryFilters): Library {
  const [limits, setLimits] = useState<Record<Section, number>>({
    articles: PAGE,
    entities: PAGE,
    claims: PAGE,
    matches: PAGE,
  });
  const more = (section: Section) => () =>
    setLimits((l) => ({ ...l, [section]: l[section] + PAGE }));

  const articles = useLiveQuery(() => readArticlePage(db, limits.articles), [db, limits.articles]);
  // Everything else waits for the first rows, so it does not compete with them: the entity page
  // asks one count per entity, and thousands of answers queued before the articles' would hold
  // the first rows back by seconds at 100,000 annotations.
  const opened = articles.value !== undefined;
  const entities = useLiveQuery(
    () => (opened ? readEntityPage(db, limits.entities) : undefined),
    [db, opened, limits.entities],
  );
  const claims = useLiveQuery(
    () => (opened ? readClaimPage(db, limits.claims) : undefined),
    [db, opened, limits.claims],
  );
  const sites = useLiveQuery(() => (opened ? readSites(db) : []), [db, opened]);
  const unverified = useUnverifiedClaims(db, claims.value);

  const filtered = isFiltered(filters);
  const { site, type, from, to } = filters;
  const readKey = JSON.stringify([site, type, from, to]);
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
  const base = { sites: sites.value ?? [], unverifiedClaims: unverified, mentionsOf };
  const error = articles.error ?? entities.error ?? claims.error ?? data.error ?? sites.error;
  if (filtered) {
    if (!view) return { ...base, error };
    return {
      ...base,
      error,
      articles: shown('articles', view.articles),
      entities: {
        ...shown('entities', view.entities),
        choices: view.entities.map((r) => r.entity),
      },
      claims: shown('claims', view.claims),
      matches: filters.query.trim() ? shown('matches', view.matches) : undefined,
    };
  }
  const entityPage = entities.value && { ...entities.value, more: more('entities') };
  return {
    ...base,
    error,
    articles: live('articles', articles.value),
    entities: entityPage,
    claims: live('claims', claims.value),
  };
}

/**
 * How many claims are unverified, recounted whenever the claims page was re-read (a write touched
 * what it read, which includes every change to a claim), once the page is idle: the count reads every claim, and must not
 * delay the rows the reader is looking at. (A liveQuery would re-read all claims at once, beside
 * the rows; a claim.status index would make it a key count.)
 */
function useUnverifiedClaims(db: GlossDatabase, claims: Page<ClaimRow> | undefined): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!claims) return;
    let live = true;
    const idle = requestIdleCallback(
      () =>
        void countUnverifiedClaims(db).then(
          (n) => live && setCount(n),
          () => {},
        ),
    );
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [db, claims]);
  return count;
}
