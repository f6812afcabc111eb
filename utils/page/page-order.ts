import type { Annotation } from '../model';

/** Annotations in the order their quotes appear on the page (by TextPositionSelector), unplaced ones last. */
export function pageOrder(annotations: Annotation[]): Annotation[] {
  const start = (a: Annotation) => {
    const position = a.selectors.find((s) => s.type === 'TextPositionSelector');
    return position ? position.start : Number.MAX_SAFE_INTEGER;
  };
  return [...annotations].sort(
    (a, b) => start(a) - start(b) || a.createdAt.localeCompare(b.createdAt),
  );
}
