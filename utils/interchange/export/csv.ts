import type { Annotation, Article, Entity } from '../../model';
import type { ExportData } from './types';

/*
 * CSV for spreadsheets: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) quoting and CRLF
 * line ends, plus formula neutralising: quotes and notes come from web pages and users,
 * and a cell like `=HYPERLINK(...)` would run as a formula when the file is opened
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel reads the file as UTF-8, not the ANSI code page. */
  bom?: boolean;
}

export const CSV_COLUMNS = [
  'Article title',
  'Site',
  'Article URL',
  'Type',
  'Quote',
  'Note',
  'Entity',
  'Claim status',
  'Evidence URL',
  'Claim note',
  'Claimant',
  'Tags',
  'Color',
  'Created',
  'Updated',
  'Annotation id',
] as const;

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-neutralised with a leading apostrophe, then quoted if RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rowOf(
  a: Annotation,
  article: Article | undefined,
  entities: Map<string, Entity>,
): string[] {
  const name = (id: string | null | undefined) => (id ? (entities.get(id)?.name ?? '') : '');
  return [
    article?.title ?? '',
    article?.siteName ?? '',
    a.articleUrl,
    a.type,
    a.quote,
    a.note,
    name(a.entityId),
    a.claim?.status ?? '',
    a.claim?.evidenceUrl ?? '',
    a.claim?.note ?? '',
    name(a.claim?.claimantId),
    a.tags.join('; '),
    a.color ?? '',
    a.createdAt,
    a.updatedAt,
    a.id,
  ];
}

/** One line of the file: its cells quoted as needed, ended with CRLF. */
const lineOf = (cells: readonly string[]) => cells.map(csvCell).join(',') + '\r\n';

/** The file's first line(s): the byte-order mark if asked for, and the column names. */
export const csvHead = (options: CsvOptions = {}) =>
  (options.bom ? '\uFEFF' : '') + lineOf(CSV_COLUMNS);

/** Turns one annotation into its line, with the articles and entities of one export joined in. */
export function csvLineMaker(
  data: Pick<ExportData, 'articles' | 'entities'>,
): (a: Annotation) => string {
  const articles = new Map(data.articles.map((a) => [a.url, a]));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  return (a) => lineOf(rowOf(a, articles.get(a.articleUrl), entities));
}

/** One row per annotation, with its article's and entity's names joined in. */
export function buildCsv(data: ExportData, options: CsvOptions = {}): string {
  return csvHead(options) + data.annotations.map(csvLineMaker(data)).join('');
}
