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
  const base = `${scope ? slugify(scope.title) : 'gloss-library'}-${now.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'gloss':
      return {
        filename: `${base}.gloss.json`,
        mime: 'application/json',
        text: stringifyExport(buildGlossExport(data, now), data.annotations.length),
      };
    case 'w3c': {
      const text = stringifyExport(
        buildW3cExport(data, now, { readerName: settings.readerName }),
        data.annotations.length,
      );
      return { filename: `${base}.w3c.jsonld`, mime: 'application/ld+json', text };
    }
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv', text: buildCsv(data, { bom: true }) };
    case 'markdown':
      return { filename: `${base}.md`, mime: 'text/markdown', text: buildMarkdownAll(data) };
    case 'claimreview': {
      const graph = buildClaimReview(data, {
        reviewerName: settings.reviewerName,
        reviewerOrganization: settings.reviewerOrganization,
      });
      const file: ExportFile = {
        filename: `${base}.claimreview.jsonld`,
        mime: 'application/ld+json',
        // Pretty or compact by what the file holds: its reviews, not the annotations read for them.
        text: stringifyExport(graph, graph['@graph'].length),
      };
      const notice = claimReviewNotice(unreviewedClaims(data), settings);
      if (notice) file.notice = notice;
      return file;
    }
  }
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
