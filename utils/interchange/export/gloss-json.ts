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

/** The file's text: pretty-printed, since people open exports in editors and diff them. */
export function stringifyExport(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
