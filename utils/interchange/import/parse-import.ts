import type { ExportData } from '../export/types';
import { GLOSS_FORMAT, GLOSS_FORMAT_VERSION, W3C_ANNO_CONTEXT } from '../export/types';
import * as v from 'valibot';
import { ErrorList, type ImportError } from './errors';
import { annotationSchema, articleSchema, entitySchema, timestamp } from '../../model/schemas';
import { isObject, type Json, readRecords } from './read-records';
import { checkReferences, GLOSS_LAYOUT, W3C_LAYOUT } from './references';
import { checkRawText, findForbiddenKeys, parseJson } from './safe-json';
import { w3cAnnotationSchema } from './w3c-schemas';
import { readHypothesis } from './hypothesis';

export type ImportFormat = 'gloss' | 'w3c' | 'hypothesis';
export type ImportResult =
  /** `skipped`: records the file holds that Gloss cannot show (Hypothesis page notes and replies). */
  | { ok: true; data: ExportData; format: ImportFormat; skipped?: number }
  | { ok: false; errors: ImportError[] };

const SUPPORTED = `Gloss imports "format": "gloss" files (version ${GLOSS_FORMAT_VERSION}), its own W3C Web Annotation exports, and Hypothesis API exports ({"rows": [...]} or a list of annotations).`;

const failure = (path: string, message: string): ImportResult => ({
  ok: false,
  errors: [{ path, message }],
});

function versionProblem(version: unknown, key: string): ImportError | null {
  if (version === GLOSS_FORMAT_VERSION) return null;
  if (version === undefined)
    return { path: key, message: `The file has no "${key}"; ${SUPPORTED}` };
  return {
    path: key,
    message: `The file is version ${JSON.stringify(version)}; this Gloss reads version ${GLOSS_FORMAT_VERSION}.`,
  };
}

function isW3cCollection(root: Json): boolean {
  const context = root['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  return root.type === 'AnnotationCollection' || contexts.includes(W3C_ANNO_CONTEXT);
}

function readGloss(root: Json, errors: ErrorList): ExportData {
  if (!v.is(timestamp, root.exportedAt)) {
    errors.add(
      'exportedAt',
      root.exportedAt === undefined
        ? 'The file has no "exportedAt" timestamp.'
        : '"exportedAt" must be an ISO-8601 timestamp such as 2024-05-17T08:00:00.000Z.',
    );
  }
  return {
    articles: readRecords(root.articles, 'articles', 'Article', articleSchema, errors, 'url'),
    annotations: readRecords(
      root.annotations,
      'annotations',
      'Annotation',
      annotationSchema,
      errors,
    ),
    entities: readRecords(root.entities, 'entities', 'Entity', entitySchema, errors),
  };
}

function readW3c(root: Json, errors: ErrorList): ExportData {
  const first = root.first;
  if (!isObject(first)) errors.add('first', 'The collection has no "first" page of annotations.');
  return {
    articles: readRecords(
      root['gloss:articles'],
      'gloss:articles',
      'Article',
      articleSchema,
      errors,
      'url',
    ),
    annotations: isObject(first)
      ? readRecords(first.items, 'first.items', 'Annotation', w3cAnnotationSchema, errors)
      : [],
    entities: readRecords(root['gloss:entities'], 'gloss:entities', 'Entity', entitySchema, errors),
  };
}

/**
 * Reads an import file's text into records ready to merge, or explains what is wrong.
 * Never throws, and never returns a partial import: any error rejects the whole file.
 * Unknown fields are dropped; the records returned are fresh plain objects.
 */
export function parseImport(text: string): ImportResult {
  try {
    return readImport(text);
  } catch (e) {
    // Known problems come back as errors; this only keeps a bug from surfacing as a crash.
    return failure(
      '',
      `Gloss could not read this file (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

function readImport(text: string): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Editors on Windows add a BOM.
  const rawProblem = checkRawText(body);
  if (rawProblem) return failure('', rawProblem);
  if (!body.trim()) return failure('', 'The file is empty.');
  const json = parseJson(body);
  if (!json.ok) return failure('', json.message);
  const root = json.value;
  const errors = new ErrorList();
  if (
    Array.isArray(root) ||
    (isObject(root) && root.format === undefined && Array.isArray(root.rows))
  ) {
    findForbiddenKeys(root, errors, body);
    if (errors.count) return { ok: false, errors: errors.list() };
    const { data, skipped } = readHypothesis(
      Array.isArray(root) ? root : root.rows,
      Array.isArray(root) ? '' : 'rows',
      errors,
    );
    return errors.count
      ? { ok: false, errors: errors.list() }
      : { ok: true, data, format: 'hypothesis', skipped };
  }
  if (!isObject(root))
    return failure(
      '',
      `The file must hold a JSON object or list, not ${typeof root}. ${SUPPORTED}`,
    );

  findForbiddenKeys(root, errors, body);
  if (errors.count) return { ok: false, errors: errors.list() };

  let format: ImportFormat;
  if (root.format === GLOSS_FORMAT) format = 'gloss';
  else if (root.format === undefined && isW3cCollection(root)) format = 'w3c';
  else if (root.format !== undefined)
    return failure(
      'format',
      `Unknown format ${JSON.stringify(root.format).slice(0, 80)}. ${SUPPORTED}`,
    );
  else return failure('', `This is not a Gloss export. ${SUPPORTED}`);

  if (format === 'w3c' && root['gloss:version'] === undefined) {
    return failure(
      'gloss:version',
      `This W3C annotation collection was not exported by Gloss (it has no "gloss:version"). ${SUPPORTED}`,
    );
  }
  const badVersion = versionProblem(
    format === 'gloss' ? root.version : root['gloss:version'],
    format === 'gloss' ? 'version' : 'gloss:version',
  );
  if (badVersion) return { ok: false, errors: [badVersion] };

  const data = format === 'gloss' ? readGloss(root, errors) : readW3c(root, errors);
  // Reference checks only make sense once every record is known to be well-formed.
  if (!errors.count) checkReferences(data, format === 'gloss' ? GLOSS_LAYOUT : W3C_LAYOUT, errors);
  return errors.count ? { ok: false, errors: errors.list() } : { ok: true, data, format };
}
