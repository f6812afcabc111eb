import { ErrorList, joinPath } from './errors';
import { MAX_DEPTH, MAX_FILE_CHARS, MAX_RAW_STRING_CHARS } from '../../model/limits';
import { withThousands } from '../../format';

/*
 * Reading untrusted JSON safely. JSON.parse itself is recursive in V8: 100,000 `[` would
 * throw a RangeError deep inside it, and a 100 MB string would be parsed before anything
 * could refuse it. So one linear scan of the raw text checks size, depth and string
 * length first, and keys that could reach a prototype are refused after parsing.
 */

const OPEN_BRACE = 0x7b,
  OPEN_BRACKET = 0x5b,
  CLOSE_BRACE = 0x7d,
  CLOSE_BRACKET = 0x5d;
const BACKSLASH = 0x5c;

const megabytes = (chars: number) => `${Math.ceil(chars / (1024 * 1024))} MB`;

/** Size, nesting depth and string length, checked on the raw text; null when fine. */
export function checkRawText(text: string): string | null {
  if (text.length > MAX_FILE_CHARS) {
    return `The file is about ${megabytes(text.length)}; Gloss imports files up to ${megabytes(MAX_FILE_CHARS)}.`;
  }
  let depth = 0;
  // From one string to the next: indexOf jumps over each string (the bulk of an export), and only
  // the short gaps between strings are read character by character for brackets. (A regex over
  // every structural character allocated a match per string and took 2–3× as long.)
  for (let at = 0; at < text.length;) {
    const open = text.indexOf('"', at);
    const gapEnd = open === -1 ? text.length : open;
    for (let i = at; i < gapEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > MAX_DEPTH)
          return `The data is nested more than ${MAX_DEPTH} levels deep (at ${lineColumn(text, i)}).`;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    }
    if (open === -1) break;
    let close = open;
    do close = text.indexOf('"', close + 1);
    while (close !== -1 && isEscaped(text, close));
    if (close === -1) break; // unterminated: JSON.parse reports it
    if (close - open - 1 > MAX_RAW_STRING_CHARS) {
      return `A text value starting at ${lineColumn(text, open)} is longer than ${withThousands(MAX_RAW_STRING_CHARS)} characters.`;
    }
    at = close + 1;
  }
  return null;
}

/** A quote is escaped when an odd number of backslashes precede it. */
function isEscaped(text: string, quoteAt: number): boolean {
  let backslashes = 0;
  for (let i = quoteAt - 1; text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** "line 3, column 7" for a 0-based character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1,
    lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse with V8's message turned into "what, at line L, column C". */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw);
    const what = raw
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+/, '')
      // V8 sometimes quotes a slice of the file instead of a position: drop it, it is noise.
      .replace(/^(Unexpected token .+?), "[\s\S]*" is not valid JSON$/, '$1')
      .replace(/^(Unexpected token .+?), "[\s\S]*"\.\.\. is not valid JSON$/, '$1');
    const where = position ? ` (at ${lineColumn(text, Number(position[1]))})` : '';
    return { ok: false, message: `The file is not valid JSON: ${what}${where}.` };
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A parsed key can only be one of those if the raw text spells it out or uses a `\\u`
 * escape (no other JSON escape yields a letter or `_`). Most files have neither, which
 * spares walking every node of a 100,000-record file.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(key));
}

/**
 * Refuses keys that reach prototypes when data is later merged with spread or
 * Object.assign. JSON.parse makes them harmless own properties, but they are never
 * legitimate in an export, so a file holding one is rejected rather than quietly cleaned.
 */
export function findForbiddenKeys(root: unknown, errors: ErrorList, text?: string): void {
  if (text !== undefined && !mayHoldForbiddenKey(text)) return;
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value as object);
    for (const [key] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        errors.add(joinPath(path, key), `The key "${key}" is not allowed in an import file.`);
      }
    }
    // Children go on the stack in reverse so they are visited in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (isContainer(child) && !(typeof key === 'string' && FORBIDDEN_KEYS.has(key))) {
        stack.push({ value: child, path: joinPath(path, key) });
      }
    }
  }
}

const isContainer = (value: unknown): value is object =>
  value !== null && typeof value === 'object';
