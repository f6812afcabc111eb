import { ANNOTATION_TYPES, noCounts, type Annotation, type AnnotationType } from '../model';

/**
 * Counts the library shows on opening, kept beside the annotations instead of counted from them
 * at every open (schema v6): how many annotations of each type an article has, how many
 * mentions each person or organization has, and how many annotations carry each tag. Counted from
 * index keys, the first 50 article rows cost 200 IndexedDB requests and the people and
 * organizations section one request per entity (2.3 s at 100,000 annotations); read from these
 * rows, each is one request. They are written
 * only by the database's own middleware (tally-middleware.ts), in the same transaction as the
 * annotations they count, so they cannot drift from them, and they are never exported: an import
 * or an upgrade derives them again.
 */
export interface ArticleTally {
  url: string;
  counts: Record<AnnotationType, number>;
}

export interface EntityTally {
  entityId: string;
  mentions: number;
  /** Mentions per article URL: the library's "in N articles" without reading the mentions. */
  articles: Record<string, number>;
}

export interface TagTally {
  tag: string;
  count: number;
}

/** What a change to some annotations does to the tallies: signed differences. */
export interface TallyDelta {
  articles: Map<string, Record<AnnotationType, number>>;
  /** Per entity, the change in its mentions per article URL. */
  entities: Map<string, Map<string, number>>;
  tags: Map<string, number>;
}

/** The fields the tallies count by: a change to anything else leaves them as they are. */
export type Counted = Pick<Annotation, 'articleUrl' | 'type' | 'entityId' | 'tags'>;

export const emptyDelta = (): TallyDelta => ({
  articles: new Map(),
  entities: new Map(),
  tags: new Map(),
});

/** Adds `sign` (+1 for an annotation written, −1 for one replaced or deleted) for each record. */
export function addToDelta(
  delta: TallyDelta,
  records: readonly (Counted | undefined)[],
  sign: 1 | -1,
) {
  for (const record of records) {
    if (!record) continue;
    let counts = delta.articles.get(record.articleUrl);
    if (!counts) delta.articles.set(record.articleUrl, (counts = noCounts()));
    counts[record.type] += sign;
    for (const tag of record.tags) delta.tags.set(tag, (delta.tags.get(tag) ?? 0) + sign);
    if (!record.entityId) continue;
    let perArticle = delta.entities.get(record.entityId);
    if (!perArticle) delta.entities.set(record.entityId, (perArticle = new Map()));
    perArticle.set(record.articleUrl, (perArticle.get(record.articleUrl) ?? 0) + sign);
  }
  return delta;
}

/** The delta without its zero entries (an edit that kept type, article and entity changes nothing). */
export function withoutZeros(delta: TallyDelta): TallyDelta {
  const articles = [...delta.articles].filter(([, c]) => ANNOTATION_TYPES.some((t) => c[t] !== 0));
  const entities = [...delta.entities]
    .map(([id, perArticle]) => [id, new Map([...perArticle].filter(([, n]) => n !== 0))] as const)
    .filter(([, perArticle]) => perArticle.size > 0);
  const tags = [...delta.tags].filter(([, n]) => n !== 0);
  return { articles: new Map(articles), entities: new Map(entities), tags: new Map(tags) };
}

/** A stored article tally with a delta applied; null once it counts nothing (the row is deleted). */
export function nextArticleTally(
  url: string,
  stored: ArticleTally | undefined,
  delta: Record<AnnotationType, number>,
): ArticleTally | null {
  const counts = noCounts();
  for (const t of ANNOTATION_TYPES) counts[t] = Math.max(0, (stored?.counts[t] ?? 0) + delta[t]);
  return ANNOTATION_TYPES.some((t) => counts[t] > 0) ? { url, counts } : null;
}

/** A stored entity tally with a delta applied; null once the entity has no mention left. */
export function nextEntityTally(
  entityId: string,
  stored: EntityTally | undefined,
  delta: Map<string, number>,
): EntityTally | null {
  const articles = { ...stored?.articles };
  for (const [url, n] of delta) {
    const count = (articles[url] ?? 0) + n;
    if (count > 0) articles[url] = count;
    else delete articles[url];
  }
  const mentions = Object.values(articles).reduce((sum, n) => sum + n, 0);
  return mentions > 0 ? { entityId, mentions, articles } : null;
}

/** A stored tag tally with a delta applied; null once no annotation carries the tag. */
export function nextTagTally(
  tag: string,
  stored: TagTally | undefined,
  delta: number,
): TagTally | null {
  const count = Math.max(0, (stored?.count ?? 0) + delta);
  return count > 0 ? { tag, count } : null;
}

/** Every tally row of a set of annotations: what an upgrade writes from the annotations stored. */
export function talliesOf(annotations: readonly Counted[]): {
  articles: ArticleTally[];
  entities: EntityTally[];
  tags: TagTally[];
} {
  const delta = addToDelta(emptyDelta(), annotations, 1);
  return {
    articles: [...delta.articles].map(([url, counts]) => ({ url, counts })),
    entities: [...delta.entities].map(([entityId, perArticle]) =>
      nextEntityTally(entityId, undefined, perArticle)!,
    ),
    tags: [...delta.tags].map(([tag, count]) => ({ tag, count })),
  };
}
