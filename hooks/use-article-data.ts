import type { GlossDatabase } from '@/utils/store/db';
import type { Annotation, Article, Entity } from '@/utils/model';
import type { ContentState } from '@/utils/protocol/page-shapes';
import { annotationsForUrls, findArticle, referencedEntities } from '@/utils/store/repo';
import { pageOrder } from '@/utils/page/page-order';
import { useLiveQuery } from './use-live-query';

export interface ArticleData {
  /** The stored article record, if the reader saved or annotated this page. */
  stored: Article | undefined;
  /** Its annotations in page order; undefined until first read. */
  annotations: Annotation[] | undefined;
  /** The people and organizations they name (as entities or claimants). */
  entities: Entity[];
}

/** The page's article and annotations, read with liveQuery: a write anywhere shows here at once. */
export function useArticleData(db: GlossDatabase, page: ContentState | null): ArticleData {
  const urls = page ? [page.url, page.canonicalUrl].filter((u): u is string => !!u) : [];
  const key = urls.join(' ');
  const stored = useLiveQuery(() => (urls.length ? findArticle(db, urls) : undefined), [key]);
  const annotations = useLiveQuery(
    async () => (urls.length ? pageOrder(await annotationsForUrls(db, urls)) : []),
    [key],
  );
  const entities = useLiveQuery(
    () => referencedEntities(db, annotations.value ?? []),
    [annotations.value],
  );
  return {
    stored: stored.value,
    annotations: annotations.value,
    entities: entities.value ?? [],
  };
}
