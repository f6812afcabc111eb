export type { ExportData } from './types';
export {
  GLOSS_FORMAT,
  GLOSS_FORMAT_VERSION,
  GLOSS_NAMESPACE,
  GLOSS_VERSION,
  W3C_ANNO_CONTEXT,
} from './types';
export { buildGlossExport, stringifyExport, type GlossExportV1 } from './gloss-json';
export {
  annotationIri,
  buildW3cExport,
  URN_GLOSS_ANNOTATION,
  URN_UUID,
  type W3cAnnotation,
  type W3cCollection,
  type W3cExportOptions,
  type W3cTextualBody,
} from './w3c';
export { buildCsv, csvCell, CSV_COLUMNS, type CsvOptions } from './csv';
export { buildMarkdown, buildMarkdownAll } from './markdown';
export {
  escapeMarkdownInline,
  escapeMarkdownLines,
  markdownLink,
  safeLinkUrl,
} from './markdown-escape';
export {
  BEST_RATING,
  buildClaimReview,
  RATING,
  unreviewedClaims,
  WORST_RATING,
  type ClaimReviewGraph,
  type ClaimReviewOptions,
} from './claim-review';
export { httpUrlOrNull } from '../../model/safe-url';
