/**
 * An annotation as a Gloss JSON file holds it, every field present: what the end-to-end tests
 * import. `extra` sets what a test is about; the rest is an empty highlight.
 */
export const annotationRecord = (
  id: string,
  articleUrl: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  articleUrl,
  type: 'highlight',
  quote: '',
  prefix: '',
  suffix: '',
  selectors: [],
  note: '',
  entityId: null,
  claim: null,
  tags: [],
  color: null,
  createdAt: '2024-05-18T09:00:00.000Z',
  updatedAt: '2024-05-18T09:00:00.000Z',
  ...extra,
});
