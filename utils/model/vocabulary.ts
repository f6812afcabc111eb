/** The closed lists the model is built from: annotation and entity types, claim verdicts. */

export const ANNOTATION_TYPES = ['highlight', 'person', 'organization', 'claim'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

/** A count of zero for every annotation type: where counts by type start. */
export const noCounts = () =>
  Object.fromEntries(ANNOTATION_TYPES.map((t) => [t, 0])) as Record<AnnotationType, number>;

export const ENTITY_TYPES = ['person', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_STATUSES = [
  'unverified',
  'supported',
  'disputed',
  'false',
  'misleading',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Where an annotation landed on the page when it was last anchored. */
export const ANCHOR_STATES = ['anchored', 'approximate', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];
