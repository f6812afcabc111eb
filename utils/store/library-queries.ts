import Dexie from 'dexie';
import type { GlossDatabase } from './db';
import { noCounts, type Annotation, type AnnotationType, type Entity } from '../model';
import type { ExportData } from '../interchange/export';
import {
  articleInFilters,
  byMentions,
  filtersArticles,
  siteLabel,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type LibraryFilters,
  type Mention,
} from './library-view';

/**
 * The library's reads at scale: each section reads its first rows from an index and counts from
 * keys, so opening a library of 100,000 annotations reads a few thousand records, and a liveQuery
 * over one of these functions re-runs only when a write touches what it read.
 * (The filtered and searched view reads more: see readFilteredData.)
 */

/** The first `limit` rows of a list, and how long the whole list is. */
export interface Page<T> {
  rows: T[];
  total: number;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Annotations per type of each article: one read of their tallies (schema v6, utils/store/tallies.ts).
 * Counted from the [articleUrl+type] index's keys instead, the library's first 50 rows cost 200
 * requests, most of its first rows' wait at 100,000 annotations (npm run bench).
 */
export async function annotationCounts(
  db: GlossDatabase,
  urls: string[],
): Promise<Map<string, Record<AnnotationType, number>>> {
  const tallies = await db.articleTallies.bulkGet(urls);
  return new Map(urls.map((url, i) => [url, tallies[i]?.counts ?? noCounts()]));
}

/** Articles, most recently saved first (savedAt index), with their counts by type. */
export function readArticlePage(db: GlossDatabase, limit: number): Promise<Page<ArticleRow>> {
  return db.transaction('r', db.articles, db.articleTallies, async () => {
    const [total, articles] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy('savedAt').reverse().limit(limit).toArray(),
    ]);
    const counts = await annotationCounts(
      db,
      articles.map((a) => a.url),
    );
    return {
      total,
      rows: articles.map((article) => ({ article, counts: counts.get(article.url)! })),
    };
  });
}

/**
 * Mentioned entities, most mentioned first, with the number of articles that mention them: every
 * entity and every entity's tally, two reads (schema v6; one count per entity took 2.3 s at 100,000
 * annotations, and reading the shown rows' mentions for their articles 0.4 s). `choices` are all
 * listed entities, for the merge menu.
 */
export function readEntityPage(
  db: GlossDatabase,
  limit: number,
): Promise<Page<EntityRow> & { choices: Entity[] }> {
  return db.transaction('r', db.entities, db.entityTallies, async () => {
    const [entities, tallies] = await Promise.all([
      db.entities.toArray(),
      db.entityTallies.toArray(),
    ]);
    const tallyOf = new Map(tallies.map((t) => [t.entityId, t]));
    const ranked = entities
      .filter((e) => tallyOf.has(e.id))
      .map((entity) => ({ entity, mentionCount: tallyOf.get(entity.id)!.mentions }))
      .sort(byMentions);
    return {
      total: ranked.length,
      choices: ranked.map((r) => r.entity),
      rows: ranked.slice(0, limit).map((r) => ({
        ...r,
        articleCount: Object.keys(tallyOf.get(r.entity.id)!.articles).length,
      })),
    };
  });
}

/** Every claim, by its [type+createdAt] keys. */
export const claimRange = (db: GlossDatabase) =>
  db.annotations
    .where('[type+createdAt]')
    .between(['claim', Dexie.minKey], ['claim', Dexie.maxKey]);

/**
 * Claims, newest first, with their articles and claimants: one range read of `limit` rows from the
 * [type+createdAt] index (schema v3), walked backwards. The count is a query of its own
 * (countClaims): counting 25,000 index entries takes IndexedDB ~0.3 s at 100,000 annotations, and
 * an edited claim note should show without waiting for it.
 */
export function readClaimRows(db: GlossDatabase, limit: number): Promise<ClaimRow[]> {
  return db.transaction('r', db.annotations, db.articles, db.entities, async () =>
    claimRows(db, await claimRange(db).reverse().limit(limit).toArray()),
  );
}

/**
 * How many claims there are: the sum of the articles' tallies (schema v6), one read of small rows.
 * count() on the claims' index range took ~0.5 s at 100,000 annotations (IndexedDB walks the range
 * to count it). A liveQuery over it re-runs when a write changes some article's counts, not for an
 * edit that leaves them (library-queries.test.ts).
 */
export async function countClaims(db: GlossDatabase): Promise<number> {
  const tallies = await db.articleTallies.toArray();
  return tallies.reduce((sum, t) => sum + t.counts.claim, 0);
}

/** Claims with their articles and claimants, read in two bulk reads. */
export async function claimRows(db: GlossDatabase, claims: Annotation[]): Promise<ClaimRow[]> {
  const [articles, claimants] = await Promise.all([
    db.articles.bulkGet(unique(claims.map((c) => c.articleUrl))),
    db.entities.bulkGet(
      unique(claims.flatMap((c) => (c.claim?.claimantId ? [c.claim.claimantId] : []))),
    ),
  ]);
  const article = new Map(articles.flatMap((a) => (a ? [[a.url, a] as const] : [])));
  const claimant = new Map(claimants.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  return claims.map((annotation) => ({
    annotation,
    article: article.get(annotation.articleUrl),
    claimant: annotation.claim?.claimantId ? claimant.get(annotation.claim.claimantId) : undefined,
  }));
}

/** One entity's mentions inside the filters, each with its article: read when the reader opens the entity. */
export function readMentions(
  db: GlossDatabase,
  entityId: string,
  filters: LibraryFilters,
): Promise<Mention[]> {
  return db.transaction('r', db.annotations, db.articles, async () => {
    const annotations = await db.annotations.where('entityId').equals(entityId).toArray();
    const articles = await db.articles.bulkGet(unique(annotations.map((a) => a.articleUrl)));
    const article = new Map(articles.flatMap((a) => (a ? [[a.url, a] as const] : [])));
    const byArticle = filtersArticles(filters);
    return annotations
      .filter(
        (a) =>
          (filters.type === 'all' || a.type === filters.type) &&
          (!byArticle ||
            (article.has(a.articleUrl) && articleInFilters(article.get(a.articleUrl)!, filters))),
      )
      .map((annotation) => ({ annotation, article: article.get(annotation.articleUrl) }));
  });
}

/** Every site the library holds articles from, for the site filter. */
export async function readSites(db: GlossDatabase): Promise<string[]> {
  const articles = await db.articles.toArray();
  return unique(articles.map(siteLabel)).sort((a, b) => a.localeCompare(b));
}

/**
 * Unverified claims, which the ClaimReview export leaves out: counted from the claim.status index's
 * keys (schema v5), no claim read.
 */
export async function countUnverifiedClaims(db: GlossDatabase): Promise<number> {
  return (await db.annotations.where('claim.status').equals('unverified').primaryKeys()).length;
}

/**
 * What a filtered or searched view is built from (utils/library-view.ts): every article and entity,
 * and the annotations the filters can keep — of the articles the site and dates keep, else those
 * with the tag (*tags index), else of the chosen type, else all of them (a text search has no
 * index to use).
 */
export function readFilteredData(db: GlossDatabase, filters: LibraryFilters): Promise<ExportData> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const [articles, entities] = await Promise.all([db.articles.toArray(), db.entities.toArray()]);
    const annotations = filtersArticles(filters)
      ? await db.annotations
          .where('articleUrl')
          .anyOf(articles.filter((a) => articleInFilters(a, filters)).map((a) => a.url))
          .toArray()
      : filters.tag
        ? await db.annotations.where('tags').equals(filters.tag).toArray()
        : filters.type !== 'all'
          ? await db.annotations.where('type').equals(filters.type).toArray()
          : await db.annotations.toArray();
    return { articles, annotations, entities };
  });
}
