import type { GlossDatabase } from './db';
import type { Annotation, Article, ArticleSnapshot, Entity } from '../model';
import { pageOrder } from '../page/page-order';
import { claimRows } from './library-queries';
import type { ClaimRow, Mention } from './library-view';

/**
 * What the library's own pages read: one article with its annotations in context, one person's or
 * organization's mentions and claims. Each reads by index what it shows, nothing more.
 */

export interface ArticleDetail {
  article: Article | undefined;
  /** In page order. */
  annotations: Annotation[];
  /** The article's text when it was annotated, if Gloss kept it (schema v4; a setting may turn it off). */
  snapshot: ArticleSnapshot | undefined;
  /** The people and organizations its annotations name, as mentions or claimants. */
  entities: Map<string, Entity>;
}

export function readArticleDetail(db: GlossDatabase, url: string): Promise<ArticleDetail> {
  return db.transaction('r', [db.articles, db.annotations, db.snapshots, db.entities], async () => {
    const [article, annotations, snapshot] = await Promise.all([
      db.articles.get(url),
      db.annotations.where('articleUrl').equals(url).toArray(),
      db.snapshots.get(url),
    ]);
    const ids = [
      ...new Set(annotations.flatMap((a) => [a.entityId, a.claim?.claimantId]).filter(Boolean)),
    ] as string[];
    const entities = (await db.entities.bulkGet(ids)).filter((e): e is Entity => !!e);
    return {
      article,
      annotations: pageOrder(annotations),
      snapshot,
      entities: new Map(entities.map((e) => [e.id, e])),
    };
  });
}

export interface EntityDetail {
  entity: Entity | undefined;
  /** Its mentions, newest article first, in page order within an article. */
  mentions: Mention[];
  /** Claims attributed to it (claim.claimantId), newest first. */
  claims: ClaimRow[];
}

export function readEntityDetail(db: GlossDatabase, id: string): Promise<EntityDetail> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const [entity, mentioned, claimed] = await Promise.all([
      db.entities.get(id),
      db.annotations.where('entityId').equals(id).toArray(),
      db.annotations.where('claim.claimantId').equals(id).toArray(),
    ]);
    const articles = await db.articles.bulkGet([...new Set(mentioned.map((a) => a.articleUrl))]);
    const article = new Map(articles.flatMap((a) => (a ? [[a.url, a] as const] : [])));
    const savedAt = (a: Annotation) => article.get(a.articleUrl)?.savedAt ?? '';
    const mentions = pageOrder(mentioned)
      .sort(
        (a, b) => savedAt(b).localeCompare(savedAt(a)) || a.articleUrl.localeCompare(b.articleUrl),
      )
      .map((annotation) => ({ annotation, article: article.get(annotation.articleUrl) }));
    const claims = await claimRows(
      db,
      claimed.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    );
    return { entity, mentions, claims };
  });
}
