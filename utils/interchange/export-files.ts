import type { Article } from '../model';
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
import { inExportOrder } from './export/order';
import { NO_SETTINGS, type Settings } from '../settings';

export const EXPORT_FORMATS = ['gloss', 'w3c', 'csv', 'markdown', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  gloss: 'Export JSON',
  w3c: 'Export W3C Web Annotation',
  csv: 'Export CSV',
  markdown: 'Export Markdown',
  claimreview: 'Export ClaimReview',
};

/** Each format's file name ending and media type. */
const FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  gloss: { extension: 'gloss.json', mime: 'application/json' },
  w3c: { extension: 'w3c.jsonld', mime: 'application/ld+json' },
  csv: { extension: 'csv', mime: 'text/csv' },
  markdown: { extension: 'md', mime: 'text/markdown' },
  claimreview: { extension: 'claimreview.jsonld', mime: 'application/ld+json' },
};

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
  /** Something the reader should be told about the file, e.g. claims the ClaimReview left out. */
  notice?: string;
}

/**
 * Builds one export file; the name says what it holds and when. Every format lists its records in
 * one order: by article, then page order (utils/interchange/export/order.ts). `settings` (the
 * reader's and reviewer's names, see utils/settings.ts) fill W3C `creator` and ClaimReview `author`.
 */
export function buildExportFile(
  format: ExportFormat,
  data: ExportData,
  scope: Article | null,
  now = new Date(),
  settings: Settings = NO_SETTINGS,
): ExportFile {
  data = inExportOrder(data);
  const file = (text: string): ExportFile => exportFileOf(format, scope, now, text);
  switch (format) {
    case 'gloss':
      return file(stringifyExport(buildGlossExport(data, now), data.annotations.length));
    case 'w3c':
      return file(
        stringifyExport(
          buildW3cExport(data, now, { readerName: settings.readerName }),
          data.annotations.length,
        ),
      );
    case 'csv':
      return file(buildCsv(data, { bom: true }));
    case 'markdown':
      return file(buildMarkdownAll(data));
    case 'claimreview': {
      const graph = buildClaimReview(data, {
        reviewerName: settings.reviewerName,
        reviewerOrganization: settings.reviewerOrganization,
      });
      // Pretty or compact by what the file holds: its reviews, not the annotations read for them.
      const made = file(stringifyExport(graph, graph['@graph'].length));
      const notice = claimReviewNotice(unreviewedClaims(data), settings);
      if (notice) made.notice = notice;
      return made;
    }
  }
}

/** The file for a text: its name says what it holds (one article or the library) and when. */
export function exportFileOf(
  format: ExportFormat,
  scope: Article | null,
  now: Date,
  text: string,
): ExportFile {
  const base = `${scope ? slugify(scope.title) : 'gloss-library'}-${now.toISOString().slice(0, 10)}`;
  const { extension, mime } = FILE_TYPES[format];
  return { filename: `${base}.${extension}`, mime, text };
}

/** What the ClaimReview export could not say: unreviewed claims left out, no reviewer named. */
export function claimReviewNotice(leftOut: number, settings: Settings): string | null {
  const parts: string[] = [];
  if (leftOut)
    parts.push(
      `${leftOut} unverified ${leftOut === 1 ? 'claim was' : 'claims were'} left out: only reviewed claims are published.`,
    );
  if (!settings.reviewerName && !settings.reviewerOrganization)
    parts.push('No reviewer is set in the settings, so the reviews have no author.');
  return parts.length ? parts.join(' ') : null;
}
