import type { Annotation, Article, Entity } from '../model';
import { buildExportFile, exportFileOf, type ExportFile, type ExportFormat } from './export-files';
import { buildGlossExport, stringifyExport } from './export';
import { PRETTY_EXPORT_LIMIT } from './export/gloss-json';
import { csvHead, csvLineMaker } from './export/csv';
import { articlesInOrder, entitiesInOrder } from './export/order';
import { pickAnnotation } from './export/pick-fields';
import { w3cAnnotationMaker, w3cCollection, w3cNameOf } from './export/w3c';
import { MARKDOWN_ARTICLE_RULE, markdownBlockMaker, markdownOfArticle } from './export/markdown';
import { byTime, pageStart } from '../page/page-order';
import { placeholderArticle } from '../model/placeholder-article';
import { NO_SETTINGS, type Settings } from '../settings';

/*
 * A whole-library export built while its annotations are still being read. Each annotation's piece
 * of the file (its JSON object, its CSV line, its Markdown block) is written as its page of records arrives, so the
 * writing overlaps the database's reading of the next page; the pieces are then put in the export
 * order (utils/interchange/export/order.ts) and joined into the same bytes buildExportFile writes.
 * At 100,000 annotations reading everything first, then building, took 4.4–5.1 s for the W3C file;
 * written while read, 3.9–4.5 s in the same runs (npm run bench, which times both).
 */

export const STREAMED_FORMATS = ['gloss', 'w3c', 'csv', 'markdown'] as const;
export type StreamedFormat = (typeof STREAMED_FORMATS)[number];

export const isStreamed = (format: ExportFormat): format is StreamedFormat =>
  (STREAMED_FORMATS as readonly string[]).includes(format);

/** The fewest annotations whose file is written in pieces: smaller JSON files are indented, written whole. */
export const piecesFrom = (format: StreamedFormat): number =>
  format === 'gloss' || format === 'w3c' ? PRETTY_EXPORT_LIMIT + 1 : 0;

export interface StreamedExport {
  /** The next annotations, in the order the database holds them (by id). */
  add(page: readonly Annotation[]): void;
  /**
   * Once, the pieces another thread wrote (placer, then sortPlaced) for the annotations after every
   * one added, from the same articles and entities; the file must be one too large to indent.
   */
  addLaterHalf(placed: readonly Placed[]): void;
  /** The file, once every page was added. */
  finish(): ExportFile;
}

/** One annotation's place in the export order, and its piece of the file: what crosses to the page from a worker. */
export interface Placed {
  /** Index of its article among the articles in export order; articles not saved come after, by URL. */
  group: number;
  url: string;
  /** Markdown groups an article's blocks under their type. */
  type: Annotation['type'];
  start: number;
  createdAt: string;
  /** What names the W3C collection (w3cNameOf); empty for the other formats. */
  name: string;
  piece: string;
}

/**
 * Export order for pieces placed among `saved` articles: by article, those not saved after them by
 * URL (as inExportOrder), then page order. Sorting is stable: equal places keep the order they were
 * read in (the database's), as pageOrder does.
 */
function placeOrder(saved: number): (a: Placed, b: Placed) => number {
  return (a, b) =>
    a.group - b.group ||
    (a.group === saved && a.url !== b.url ? (a.url < b.url ? -1 : 1) : 0) ||
    a.start - b.start ||
    byTime(a.createdAt, b.createdAt);
}

/** Sorts pieces placed among `saved` articles (placer) into the export order, in place. */
export const sortPlaced = (placed: Placed[], saved: number): Placed[] =>
  placed.sort(placeOrder(saved));

/** Two runs in export order merged into one; on a tie the earlier run's piece (read first) comes first. */
function merged(
  earlier: readonly Placed[],
  later: readonly Placed[],
  order: (a: Placed, b: Placed) => number,
): Placed[] {
  if (!later.length) return earlier as Placed[];
  const out: Placed[] = new Array(earlier.length + later.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < earlier.length && j < later.length)
    out[k++] = order(earlier[i], later[j]) <= 0 ? earlier[i++] : later[j++];
  while (i < earlier.length) out[k++] = earlier[i++];
  while (j < later.length) out[k++] = later[j++];
  return out;
}

export function streamedExport(
  format: StreamedFormat,
  data: { articles: Article[]; entities: Entity[] },
  now: Date = new Date(),
  settings: Settings = NO_SETTINGS,
): StreamedExport {
  const articles = articlesInOrder(data.articles);
  const ordered = { articles, entities: entitiesInOrder(data.entities) };
  const placeOne = placer(format, data, settings);
  const placed: Placed[] = [];
  let later: readonly Placed[] = [];
  // Small JSON files are pretty-printed, which the pieces are not: they are kept and built whole.
  let held: Annotation[] | null = piecesFrom(format) ? [] : null;

  const place = (a: Annotation) => placed.push(placeOne(a));

  return {
    add(page) {
      if (!held) return page.forEach(place);
      held.push(...page);
      if (held.length >= piecesFrom(format)) {
        held.forEach(place);
        held = null;
      }
    },
    addLaterHalf(pieces) {
      if (held) {
        if (held.length + pieces.length < piecesFrom(format))
          throw new Error('Pieces come only for a file too large to indent.');
        held.forEach(place);
        held = null;
      }
      later = pieces;
    },
    finish() {
      if (held) return buildExportFile(format, { ...data, annotations: held }, null, now, settings);
      const order = placeOrder(articles.length);
      const inOrder = merged(placed.sort(order), later, order);
      groupUnsaved(inOrder, articles.length);
      return exportFileOf(format, null, now, assemble(format, ordered, inOrder, now));
    },
  };
}

/**
 * What writes each annotation's place and piece, for the articles and entities of `data`: the
 * streamed export's own, and a worker's writing part of the same file (utils/store/export-half.ts).
 */
export function placer(
  format: StreamedFormat,
  data: { articles: Article[]; entities: Entity[] },
  settings: Settings,
): (a: Annotation) => Placed {
  const articles = articlesInOrder(data.articles);
  const groups = new Map(articles.map((a, i) => [a.url, i]));
  const pieceOf = pieceMaker(format, data, settings);
  return (a) => ({
    group: groups.get(a.articleUrl) ?? articles.length,
    url: a.articleUrl,
    type: a.type,
    start: pageStart(a),
    createdAt: a.createdAt,
    name: format === 'w3c' ? w3cNameOf(a) : '',
    piece: pieceOf(a),
  });
}

/** Numbers the groups of annotations whose article is not saved (they come last), one per URL in URL order, as inExportOrder. */
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
    case 'markdown':
      return markdownBlockMaker(new Map(data.entities.map((e) => [e.id, e])));
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
  if (format === 'markdown') return assembleMarkdown(ordered.articles, placed);
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

/**
 * Every article's Markdown in export order, articles without annotations included, then one
 * placeholder per URL whose article is not saved (as buildMarkdownAll writes them).
 */
function assembleMarkdown(articles: readonly Article[], placed: readonly Placed[]): string {
  const groups: Placed[][] = articles.map(() => []);
  for (const p of placed) (groups[p.group] ??= []).push(p);
  return groups
    .map((group, i) => {
      const article =
        articles[i] ??
        placeholderArticle(group[0].url, {
          savedAt: group[0].createdAt,
          updatedAt: group[0].createdAt,
        });
      return markdownOfArticle(
        article,
        group.map((p) => ({ type: p.type, text: p.piece })),
      );
    })
    .join(MARKDOWN_ARTICLE_RULE);
}
