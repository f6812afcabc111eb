import { pickAnnotation, pickArticle, pickEntity } from './pick-fields';
import { GLOSS_FORMAT, GLOSS_FORMAT_VERSION, type ExportData } from './types';

/** The Gloss JSON v1 file, described by schema/gloss-export.schema.json. */
export interface GlossExportV1 extends ExportData {
  format: typeof GLOSS_FORMAT;
  version: typeof GLOSS_FORMAT_VERSION;
  exportedAt: string;
}

/** Gloss's own lossless format: what `parseImport` reads back into the same records. */
export function buildGlossExport(data: ExportData, now: Date = new Date()): GlossExportV1 {
  return {
    format: GLOSS_FORMAT,
    version: GLOSS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    articles: data.articles.map(pickArticle),
    annotations: data.annotations.map(pickAnnotation),
    entities: data.entities.map(pickEntity),
  };
}

/** Above this many annotations an export is written compact: see stringifyExport. */
export const PRETTY_EXPORT_LIMIT = 5_000;

/**
 * The file's text: pretty-printed, since people open exports in editors and diff them — up to
 * PRETTY_EXPORT_LIMIT annotations. A larger library is read by programs, not by eye, and its
 * indentation was half of the file: the W3C export of 100,000 annotations was 257 MB and took 6 s
 * to build (npm run bench), most of it in writing the spaces.
 */
export function stringifyExport(value: unknown, annotations = 0): string {
  return JSON.stringify(value, null, annotations > PRETTY_EXPORT_LIMIT ? 0 : 2) + '\n';
}
