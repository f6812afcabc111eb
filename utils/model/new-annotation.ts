import type { Annotation, AnnotationDraft, AnnotationType, ClaimInfo, Selector } from './index';

/**
 * How a draft becomes an annotation: the one rule both the repository (which stores it) and the
 * page (which paints it before the save round trip lands) follow, so the optimistic record and the
 * stored one cannot disagree.
 */
export function annotationFromDraft(
  draft: AnnotationDraft,
  entityId: string | null,
  now = new Date(),
): Annotation {
  return {
    ...draft,
    tags: cleanTags(draft.tags),
    entityId,
    claim: draft.type === 'claim' ? defaultClaim() : null,
    createdAt: draft.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * The draft the page sends when the reader tags a selection: its quote and context come from the
 * selection's TextQuoteSelector, so a selection without one (or only whitespace) makes none.
 */
export function draftFromSelectors(
  articleUrl: string,
  type: AnnotationType,
  selectors: Selector[],
  id: string = crypto.randomUUID(),
  now = new Date(),
): AnnotationDraft {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || !quote.exact.trim()) throw new Error('Select some text first.');
  return {
    id,
    articleUrl,
    type,
    quote: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    selectors,
    note: '',
    tags: [],
    color: null,
    createdAt: now.toISOString(),
  };
}

/** A new claim's verdict fields: not checked yet, no evidence, no claimant. */
export function defaultClaim(): ClaimInfo {
  return { status: 'unverified', evidenceUrl: '', note: '', claimantId: null };
}

/** Tags as a set: trimmed, no empties, no repeats, first spelling kept. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}
