import {
  noCounts,
  type Annotation,
  type AnnotationType,
  type Article,
  type Entity,
} from '../model';
import type { ExportData } from '../interchange/export';
import { isSearching, matchesAll, parseQuery } from '../library/search';

export interface LibraryFilters {
  query: string;
  type: AnnotationType | 'all';
  site: string | 'all';
  /** Inclusive ISO dates (yyyy-mm-dd) on the article's published date, or when it was saved. */
  from: string;
  to: string;
  /** Annotations carrying this tag only; '' for any. */
  tag: string;
}

export const NO_FILTERS: LibraryFilters = {
  query: '',
  type: 'all',
  site: 'all',
  from: '',
  to: '',
  tag: '',
};

export interface ArticleRow {
  article: Article;
  counts: Record<AnnotationType, number>;
}

export interface Mention {
  annotation: Annotation;
  article: Article | undefined;
}

/** An entity and how often the annotations inside the filters name it; the mentions are read when opened. */
export interface EntityRow {
  entity: Entity;
  mentionCount: number;
  articleCount: number;
}

export interface ClaimRow {
  annotation: Annotation;
  article: Article | undefined;
  claimant: Entity | undefined;
}

export interface SearchMatch {
  annotation: Annotation;
  article: Article | undefined;
  entity: Entity | undefined;
  claimant: Entity | undefined;
}

export interface LibraryView {
  articles: ArticleRow[];
  entities: EntityRow[];
  claims: ClaimRow[];
  /** Annotations the search finds (utils/library/search.ts), newest first; empty without a query. */
  matches: SearchMatch[];
  sites: string[];
}

/** How the library names an article's site (not utils/url.ts's siteOf, the trust rule). */
export const siteLabel = (article: Article): string => article.siteName || hostOf(article.url);
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};
/** The day the table shows (formatDate, in the reader's time zone) as yyyy-mm-dd, like the date inputs. */
const articleDate = (a: Article) => {
  const d =
    a.publishedTime && !Number.isNaN(Date.parse(a.publishedTime))
      ? new Date(a.publishedTime)
      : new Date(a.savedAt);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');
};

/** Whether the site and date filters keep this article. */
export const articleInFilters = (a: Article, filters: LibraryFilters) =>
  (filters.site === 'all' || siteLabel(a) === filters.site) &&
  (!filters.from || articleDate(a) >= filters.from) &&
  (!filters.to || articleDate(a) <= filters.to);

/** Whether the site and date filters leave out any article. */
export const filtersArticles = (f: LibraryFilters) => f.site !== 'all' || !!f.from || !!f.to;

/** Whether the reader narrowed the library at all (a search counts). */
export const isFiltered = (f: LibraryFilters) =>
  filtersArticles(f) || f.type !== 'all' || !!f.tag || !!f.query.trim();

/** Everything the library page shows, derived from the stored records and the reader's filters. */
export function buildLibraryView(
  data: ExportData,
  filters: LibraryFilters = NO_FILTERS,
): LibraryView {
  const sites = [...new Set(data.articles.map(siteLabel))].sort((a, b) => a.localeCompare(b));
  const articleOk = (a: Article) => articleInFilters(a, filters);
  const articles = new Map(data.articles.filter(articleOk).map((a) => [a.url, a]));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const annotations = data.annotations.filter(
    (a) =>
      articles.has(a.articleUrl) &&
      (filters.type === 'all' || a.type === filters.type) &&
      (!filters.tag || a.tags.includes(filters.tag)),
  );
  // A search keeps, in every section, what it finds: annotations by their own words and names,
  // articles by title or byline or by an annotation found in them, entities by name or mention.
  const query = parseQuery(filters.query);
  const searching = isSearching(query);
  const nameOf = (id: string | null | undefined) => (id ? entities.get(id) : undefined);
  const found = new Set(
    searching
      ? annotations
          .filter((a) =>
            matchesAll(query, [
              a.quote,
              a.note,
              a.claim?.note,
              nameOf(a.entityId)?.name,
              nameOf(a.claim?.claimantId)?.name,
              ...a.tags,
            ]),
          )
          .map((a) => a.id)
      : [],
  );
  const keep = (a: Annotation) => !searching || found.has(a.id);
  const foundIn = new Set(annotations.filter((a) => found.has(a.id)).map((a) => a.articleUrl));

  const counts = new Map([...articles.keys()].map((url) => [url, noCounts()]));
  for (const a of annotations) counts.get(a.articleUrl)![a.type] += 1;
  const hasAny = (url: string) => Object.values(counts.get(url)!).some((n) => n > 0);
  const narrowed = filters.type !== 'all' || !!filters.tag;
  const articleRows = [...articles.values()]
    .filter((a) => !narrowed || hasAny(a.url))
    .filter(
      (a) => !searching || foundIn.has(a.url) || matchesAll(query, [a.title, a.byline, a.siteName]),
    )
    .sort(savedLastFirst)
    .map((article) => ({ article, counts: counts.get(article.url)! }));

  const mentions = new Map<string, Mention[]>();
  for (const a of annotations) {
    if (!a.entityId || !entities.has(a.entityId)) continue;
    const list = mentions.get(a.entityId) ?? [];
    list.push({ annotation: a, article: articles.get(a.articleUrl) });
    mentions.set(a.entityId, list);
  }
  const entityRows = [...mentions]
    .filter(
      ([id, list]) =>
        !searching ||
        list.some((m) => found.has(m.annotation.id)) ||
        [entities.get(id)!.name, ...entities.get(id)!.aliases].some((n) => matchesAll(query, [n])),
    )
    .map(([id, list]) => ({
      entity: entities.get(id)!,
      mentionCount: list.length,
      articleCount: new Set(list.map((m) => m.annotation.articleUrl)).size,
    }))
    .sort(byMentions);

  const claims = annotations
    .filter((a) => a.type === 'claim' && keep(a))
    .sort(newestFirst)
    .map((annotation) => ({
      annotation,
      article: articles.get(annotation.articleUrl),
      claimant: annotation.claim?.claimantId
        ? entities.get(annotation.claim.claimantId)
        : undefined,
    }));

  const matches = annotations
    .filter((a) => found.has(a.id))
    .sort(newestFirst)
    .map((annotation) => ({
      annotation,
      article: articles.get(annotation.articleUrl),
      entity: nameOf(annotation.entityId),
      claimant: nameOf(annotation.claim?.claimantId),
    }));

  return { articles: articleRows, entities: entityRows, claims, matches, sites };
}

/** Most mentioned first, then by name: the order of the entity list. */
export const byMentions = (
  a: { entity: Entity; mentionCount: number },
  b: { entity: Entity; mentionCount: number },
) => b.mentionCount - a.mentionCount || a.entity.name.localeCompare(b.entity.name);

/** Descending, as an IndexedDB index read backwards orders them: by key, ties by primary key. */
const descending = (a: string, b: string, aId: string, bId: string) =>
  a !== b ? (a < b ? 1 : -1) : aId < bId ? 1 : aId > bId ? -1 : 0;
/** Claims newest first (the createdAt index backwards). */
export const newestFirst = (a: Annotation, b: Annotation) =>
  descending(a.createdAt, b.createdAt, a.id, b.id);
/** Articles most recently saved first (the savedAt index backwards). */
export const savedLastFirst = (a: Article, b: Article) =>
  descending(a.savedAt, b.savedAt, a.url, b.url);
