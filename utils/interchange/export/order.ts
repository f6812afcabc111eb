import type { Annotation, Article, Entity } from '../../model';
import { pageOrder } from '../../page/page-order';
import type { ExportData } from './types';

/**
 * Records in the order a reader reads them, the same in every format: articles in the order they
 * were saved, each article's annotations together in page order (utils/page/page-order.ts), then
 * annotations whose article record is missing, grouped by URL; entities by type and name. The
 * database hands them over by id, which interleaves articles and shuffles a page's quotes.
 */
export function inExportOrder(data: ExportData): ExportData {
  const articles = articlesInOrder(data.articles);
  const byArticle = new Map<string, Annotation[]>(articles.map((a) => [a.url, []]));
  const unfiled = new Map<string, Annotation[]>();
  for (const annotation of data.annotations) {
    const group = byArticle.get(annotation.articleUrl);
    if (group) group.push(annotation);
    else {
      const orphans = unfiled.get(annotation.articleUrl);
      if (orphans) orphans.push(annotation);
      else unfiled.set(annotation.articleUrl, [annotation]);
    }
  }
  const orphanUrls = [...unfiled.keys()].sort();
  const annotations = [
    ...[...byArticle.values()].flatMap(pageOrder),
    ...orphanUrls.flatMap((url) => pageOrder(unfiled.get(url)!)),
  ];
  const entities = entitiesInOrder(data.entities);
  return { articles, annotations, entities };
}

/** Articles in the order they were saved (then by URL): the order of an export's groups. */
export function articlesInOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort(
    (a, b) => a.savedAt.localeCompare(b.savedAt) || a.url.localeCompare(b.url),
  );
}

/** Entities by type, then name: the order an export lists them in. */
export const entitiesInOrder = (entities: readonly Entity[]) => [...entities].sort(byTypeAndName);

function byTypeAndName(a: Entity, b: Entity): number {
  return (
    a.type.localeCompare(b.type) ||
    a.normalizedName.localeCompare(b.normalizedName) ||
    a.id.localeCompare(b.id)
  );
}
