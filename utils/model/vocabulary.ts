/** The closed lists the model is built from: annotation and entity types, claim verdicts. */

export const ANNOTATION_TYPES = ['highlight', 'person', 'organization', 'claim'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

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
