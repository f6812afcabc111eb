import type { GlossDatabase } from './db';
import type { Article } from './model';
import {
  buildClaimReview,
  buildCsv,
  buildGlossExport,
  buildMarkdownAll,
  buildW3cExport,
  stringifyExport,
  unreviewedClaims,
  type ExportData,
} from './export';
import { slugify } from './download';
import { loadSettings, NO_SETTINGS, type Settings } from './settings';

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
  /** Something the reader should be told about the file, e.g. claims the ClaimReview left out. */
  notice?: string;
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

/**
 * Builds one export file; the name says what it holds and when. `settings` (the reader's and
 * reviewer's names, see utils/settings.ts) fill W3C `creator` and ClaimReview `author`.
 */
export function buildExportFile(
  format: ExportFormat, data: ExportData, scope: Article | null, now = new Date(), settings: Settings = NO_SETTINGS,
): ExportFile {
  const base = `${scope ? slugify(scope.title) : 'gloss-library'}-${now.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'gloss':
      return { filename: `${base}.gloss.json`, mime: 'application/json', text: stringifyExport(buildGlossExport(data, now)) };
    case 'w3c': {
      const text = stringifyExport(buildW3cExport(data, now, { readerName: settings.readerName }));
      return { filename: `${base}.w3c.jsonld`, mime: 'application/ld+json', text };
    }
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv', text: buildCsv(data, { bom: true }) };
    case 'markdown':
      return { filename: `${base}.md`, mime: 'text/markdown', text: buildMarkdownAll(data) };
    case 'claimreview': {
      const graph = buildClaimReview(data, { reviewerName: settings.reviewerName, reviewerOrganization: settings.reviewerOrganization });
      const file: ExportFile = { filename: `${base}.claimreview.jsonld`, mime: 'application/ld+json', text: stringifyExport(graph) };
      const notice = claimReviewNotice(unreviewedClaims(data), settings);
      if (notice) file.notice = notice;
      return file;
    }
  }
}

/** What the ClaimReview export could not say: unreviewed claims left out, no reviewer named. */
export function claimReviewNotice(leftOut: number, settings: Settings): string | null {
  const parts: string[] = [];
  if (leftOut) parts.push(`${leftOut} unverified ${leftOut === 1 ? 'claim was' : 'claims were'} left out: only reviewed claims are published.`);
  if (!settings.reviewerName && !settings.reviewerOrganization) parts.push('No reviewer is set in the settings, so the reviews have no author.');
  return parts.length ? parts.join(' ') : null;
}

/** Reads the records and the settings, then builds the file: what an export button needs. */
export async function exportFile(db: GlossDatabase, format: ExportFormat, scope: Article | null, now = new Date()): Promise<ExportFile> {
  // Names are a nicety: an export must not fail because the settings cannot be read.
  const [data, settings] = await Promise.all([readExportData(db, scope?.url), loadSettings().catch(() => NO_SETTINGS)]);
  return buildExportFile(format, data, scope, now, settings);
}
