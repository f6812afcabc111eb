import type * as v from 'valibot';
import { type ErrorList, joinPath } from './errors';

/*
 * Turns valibot issues into messages a person can act on: which record (by position and
 * id, since ids are what the user can search for) and which field, in words rather than
 * valibot's type notation: `Annotation #4 (id "a1"): "type" must be one of "highlight", …`.
 */

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
  null: 'null',
};

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `(string | null)` → `text or null`; `("a" | "b")` → `one of "a", "b"`. */
function describeExpected(expected: string): string {
  const options = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  if (options.every((o) => o.startsWith('"'))) {
    return options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
  }
  return options.map((o) => TYPE_WORDS[o] ?? o).join(' or ');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.type === 'union') return issue.message;
  if (issue.input === undefined) return 'is missing';
  const received = TYPE_WORDS[issue.received] ?? shorten(issue.received);
  return `must be ${describeExpected(issue.expected ?? '')}, not ${received}`;
}

/** "Annotation #4 (id "a1")", from the raw record so it works when the record is broken. */
export function recordLabel(noun: string, index: number, raw: unknown, idKey = 'id'): string {
  const rawId =
    raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[idKey] : undefined;
  const idText = typeof rawId === 'string' && rawId ? ` (${idKey} "${shorten(rawId, 80)}")` : '';
  return `${noun} #${index + 1}${idText}`;
}

/** Adds one error per issue, each naming the record and the field. */
export function addIssues(
  errors: ErrorList,
  recordPath: string,
  label: string,
  issues: readonly v.BaseIssue<unknown>[],
): void {
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const subject = keys.length ? `"${joinPath('', ...keys)}"` : 'the record';
    errors.add(joinPath(recordPath, ...keys), `${label}: ${subject} ${describeIssue(issue)}.`);
  }
}
