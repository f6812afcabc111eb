import type { Annotation, Article, Entity } from '../model';
import { buildExportFile, exportFileOf, type ExportFile, type ExportFormat } from './export-files';
import { buildGlossExport, stringifyExport } from './export';
import { PRETTY_EXPORT_LIMIT } from './export/gloss-json';
import { csvHead, csvLineMaker } from './export/csv';
import { articlesInOrder, entitiesInOrder } from './export/order';
import { pickAnnotation } from './export/pick-fields';
import { w3cAnnotationMaker, w3cCollection, w3cNameOf } from './export/w3c';
import { byTime, pageStart } from '../page/page-order';
import { NO_SETTINGS, type Settings } from '../settings';

/*
 * A whole-library export built while its annotations are still being read. Each annotation's piece
 * of the file (its JSON object, its CSV line) is written as its page of records arrives, so the
 * writing overlaps the database's reading of the next page; the pieces are then put in the export
 * order (utils/interchange/export/order.ts) and joined into the same bytes buildExportFile writes.
 * At 100,000 annotations reading everything first, then building, took 4.4–5.1 s for the W3C file;
 * written while read, 3.9–4.5 s in the same runs (npm run bench, which times both).
 */

export const STREAMED_FORMATS = ['gloss', 'w3c', 'csv'] as const;
export type StreamedFormat = (typeof STREAMED_FORMATS)[number];

export const isStreamed = (format: ExportFormat): format is StreamedFormat =>
  (STREAMED_FORMATS as readonly string[]).includes(format);

export interface StreamedExport {
  /** The next annotations, in the order the database holds them (by id). */
  add(page: readonly Annotation[]): void;
  /** The file, once every page was added. */
  finish(): ExportFile;
}

/** One annotation's place in the export order, and its piece of the file. */
interface Placed {
  /** Index of its article among the articles in export order; articles not saved come after, by URL. */
  group: number;
  url: string;
  start: number;
  createdAt: string;
  /** What names the W3C collection (w3cNameOf); empty for the other formats. */
  name: string;
  piece: string;
}

// Sorting is stable: equal places keep the order they were read in (the database's), as pageOrder does.
const inPlace = (a: Placed, b: Placed) =>
  a.group - b.group || a.start - b.start || byTime(a.createdAt, b.createdAt);

export function streamedExport(
  format: StreamedFormat,
  data: { articles: Article[]; entities: Entity[] },
  now: Date = new Date(),
  settings: Settings = NO_SETTINGS,
): StreamedExport {
  const articles = articlesInOrder(data.articles);
  const ordered = { articles, entities: entitiesInOrder(data.entities) };
  const groups = new Map(articles.map((a, i) => [a.url, i]));
  const pieceOf = pieceMaker(format, data, settings);
  const placed: Placed[] = [];
  // Small files are pretty-printed, which the pieces are not: they are kept and built whole.
  let held: Annotation[] | null = [];

  const place = (a: Annotation) =>
    placed.push({
      group: groups.get(a.articleUrl) ?? articles.length,
      url: a.articleUrl,
      start: pageStart(a),
      createdAt: a.createdAt,
      name: format === 'w3c' ? w3cNameOf(a) : '',
      piece: pieceOf(a),
    });

  return {
    add(page) {
      if (!held) return page.forEach(place);
      held.push(...page);
      if (format === 'csv' || held.length > PRETTY_EXPORT_LIMIT) {
        held.forEach(place);
        held = null;
      }
    },
    finish() {
      if (held) return buildExportFile(format, { ...data, annotations: held }, null, now, settings);
      groupUnsaved(placed, articles.length);
      placed.sort(inPlace);
      return exportFileOf(format, null, now, assemble(format, ordered, placed, now));
    },
  };
}

/** Annotations whose article is not saved come last, one group per URL in URL order (as inExportOrder). */
function groupUnsaved(placed: Placed[], saved: number): void {
  const unsaved = [...new Set(placed.filter((p) => p.group === saved).map((p) => p.url))].sort();
  const groups = new Map(unsaved.map((url, i) => [url, saved + i]));
  for (const p of placed) if (p.group >= saved) p.group = groups.get(p.url)!;
}

function pieceMaker(
  format: StreamedFormat,
  data: { articles: Article[]; entities: Entity[] },
  settings: Settings,
): (a: Annotation) => string {
  switch (format) {
    case 'gloss':
      return (a) => JSON.stringify(pickAnnotation(a));
    case 'w3c': {
      const toW3c = w3cAnnotationMaker(data.entities, { readerName: settings.readerName });
      return (a) => JSON.stringify(toW3c(a));
    }
    case 'csv':
      return csvLineMaker(data);
  }
}

/** The file's text: the format's frame (articles and entities in export order), built as buildExportFile builds it, around the pieces. */
function assemble(
  format: StreamedFormat,
  ordered: { articles: Article[]; entities: Entity[] },
  placed: readonly Placed[],
  now: Date,
): string {
  if (format === 'csv') return csvHead({ bom: true }) + placed.map((p) => p.piece).join('');
  // The frame is stringified with a stand-in for the items that no record can hold (a fresh UUID),
  // then the stand-in's JSON is swapped for the items' JSON.
  const standIn = `gloss-items-${crypto.randomUUID()}`;
  const frame =
    format === 'gloss'
      ? { ...buildGlossExport({ ...ordered, annotations: [] }, now), annotations: standIn }
      : w3cCollection(
          ordered,
          placed.map((p) => p.name),
          standIn,
          now,
        );
  const text = stringifyExport(frame, placed.length);
  const at = text.indexOf(JSON.stringify(standIn));
  return `${text.slice(0, at)}[${placed.map((p) => p.piece).join(',')}]${text.slice(at + standIn.length + 2)}`;
}
