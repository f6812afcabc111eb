import type { GlossDatabase } from './db';
import type { Article } from './model';
import { buildClaimReview, buildCsv, buildGlossExport, buildMarkdownAll, buildW3cExport, stringifyExport, type ExportData } from './export';
import { slugify } from './download';

export const EXPORT_FORMATS = ['gloss', 'w3c', 'csv', 'markdown', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  gloss: 'Export JSON',
  w3c: 'Export W3C Web Annotation',
  csv: 'Export CSV',
  markdown: 'Export Markdown',
  claimreview: 'Export ClaimReview',
};

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** Reads what an export covers: every record, or one article with its annotations and their entities. */
export async function readExportData(db: GlossDatabase, articleUrl?: string): Promise<ExportData> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    if (!articleUrl) {
      const [articles, annotations, entities] = await Promise.all([db.articles.toArray(), db.annotations.toArray(), db.entities.toArray()]);
      return { articles, annotations, entities };
    }
    const article = await db.articles.get(articleUrl);
    const annotations = await db.annotations.where('articleUrl').equals(articleUrl).toArray();
    const ids = new Set<string>();
    for (const a of annotations) {
      if (a.entityId) ids.add(a.entityId);
      if (a.claim?.claimantId) ids.add(a.claim.claimantId);
    }
    const entities = (await db.entities.bulkGet([...ids])).filter((e) => e !== undefined);
    return { articles: article ? [article] : [], annotations, entities };
  });
}

/** Builds one export file; the name says what it holds and when. */
export function buildExportFile(format: ExportFormat, data: ExportData, scope: Article | null, now = new Date()): ExportFile {
  const base = `${scope ? slugify(scope.title) : 'gloss-library'}-${now.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'gloss':
      return { filename: `${base}.gloss.json`, mime: 'application/json', text: stringifyExport(buildGlossExport(data, now)) };
    case 'w3c':
      return { filename: `${base}.w3c.jsonld`, mime: 'application/ld+json', text: stringifyExport(buildW3cExport(data, now)) };
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv', text: buildCsv(data, { bom: true }) };
    case 'markdown':
      return { filename: `${base}.md`, mime: 'text/markdown', text: buildMarkdownAll(data) };
    case 'claimreview':
      return { filename: `${base}.claimreview.jsonld`, mime: 'application/ld+json', text: stringifyExport(buildClaimReview(data, now)) };
  }
}
