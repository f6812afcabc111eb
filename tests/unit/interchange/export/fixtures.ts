import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportData } from '../../../../utils/interchange/export';

/** Fixture paths from the repo root: under happy-dom, import.meta.url is an http URL. */
export function readFixture(name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'tests/fixtures/export', name), 'utf8');
}

/** The seed article's dataset: 1 article, 3 entities, 5 annotations (one of each kind, two hostile notes). */
export function loadDataset(): ExportData {
  return JSON.parse(readFixture('dataset.json')) as ExportData;
}

/** Fixed export time for the expected files. */
export const EXPORTED_AT = new Date('2024-06-01T12:00:00.000Z');

export const clone = <T>(value: T): T => structuredClone(value);
