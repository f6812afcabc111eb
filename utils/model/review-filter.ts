import { noCounts, type Annotation, type AnnotationType, type ClaimStatus } from './index';

/** What the side panel shows of an article's annotations: by type, claim status and tag, and a search. */
export interface ReviewFilter {
  type: AnnotationType | 'all';
  status: ClaimStatus | 'all';
  tag: string | 'all';
  query: string;
}

export const NO_FILTER: ReviewFilter = { type: 'all', status: 'all', tag: 'all', query: '' };

const fold = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ');

/** Everything the reader may search an annotation by: its quote, note, name, verdict note and tags. */
function searchable(a: Annotation, entityName: string | undefined): string {
  return fold([a.quote, a.note, entityName ?? '', a.claim?.note ?? '', ...a.tags].join('\n'));
}

/**
 * The annotations a filter keeps, in the order given. A status keeps only claims with it; a
 * search keeps annotations that contain every word of it, in any of their fields.
 */
export function filterAnnotations(
  annotations: Annotation[],
  entityNames: ReadonlyMap<string, string>,
  filter: ReviewFilter,
): Annotation[] {
  const words = fold(filter.query).split(' ').filter(Boolean);
  return annotations.filter(
    (a) =>
      (filter.type === 'all' || a.type === filter.type) &&
      (filter.status === 'all' || a.claim?.status === filter.status) &&
      (filter.tag === 'all' || a.tags.includes(filter.tag)) &&
      (words.length === 0 ||
        words.every((w) =>
          searchable(a, a.entityId ? entityNames.get(a.entityId) : undefined).includes(w),
        )),
  );
}

export function countByType(annotations: Annotation[]): Record<AnnotationType, number> {
  const counts = noCounts();
  for (const a of annotations) counts[a.type]++;
  return counts;
}

/** The tags used on an article's annotations, sorted, each once. */
export const tagsOf = (annotations: Annotation[]): string[] =>
  [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
