import * as v from 'valibot';
import { type ErrorList, joinPath } from './errors';
import { addIssues, recordLabel } from './issue-format';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Validates a list of records one by one, so each error names its record, and returns
 * the records that passed (only used when none failed).
 */
export function readRecords<T>(
  raw: unknown,
  path: string,
  noun: string,
  schema: v.GenericSchema<unknown, T>,
  errors: ErrorList,
  idKey = 'id',
): T[] {
  if (raw === undefined) {
    errors.add(path, `The file has no "${path}" list.`);
    return [];
  }
  if (!Array.isArray(raw)) {
    errors.add(path, `"${path}" must be a list of ${noun.toLowerCase()} records.`);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const result = v.safeParse(schema, raw[i]);
    if (result.success) out.push(result.output);
    else addIssues(errors, joinPath(path, i), recordLabel(noun, i, raw[i], idKey), result.issues);
  }
  return out;
}
