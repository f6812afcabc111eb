import { describe, expect, it } from 'vitest';
import { buildGlossExport } from '../../../../utils/interchange/export';
import { importLimits, parseImport } from '../../../../utils/interchange/import';
import type { Annotation } from '../../../../utils/model';
import { loadDataset } from '../export/fixtures';

const data = loadDataset();

/** Copies of the seed claim (two selectors, a claim, tags): a realistic, not minimal, record. */
function manyAnnotations(count: number, id: (i: number) => string): Annotation[] {
  const template = data.annotations[2];
  return Array.from({ length: count }, (_, i) => ({ ...template, id: id(i), note: `note ${i}` }));
}

// How fast is measured by `npm run bench` and bounded end to end (tests/e2e/untrusted.e2e.ts), not here.
describe('parseImport on large and hostile input', () => {
  it('imports 10,000 records', () => {
    const big = { ...data, annotations: manyAnnotations(10_000, (i) => `a-${i}`) };
    const text = JSON.stringify(buildGlossExport(big));
    const value = parseImport(text);
    expect(value.ok && value.data.annotations).toHaveLength(10_000);
  });

  it('reports 100,000 duplicate ids, capped at 50 messages', () => {
    const dup = { ...data, annotations: manyAnnotations(100_000, () => 'same-id') };
    const text = JSON.stringify(buildGlossExport(dup));
    const value = parseImport(text);
    expect(value.ok).toBe(false);
    if (value.ok) return;
    expect(value.errors).toHaveLength(51);
    expect(value.errors[0]).toEqual({
      path: 'annotations[1].id',
      message: 'Annotation #2: id "same-id" is already used by annotation #1.',
    });
    expect(value.errors[50].message).toBe('…and 99,949 more problems.');
  });

  it('rejects a 100 MB string, naming where it starts', () => {
    const text = `{"format":"gloss","version":1,"annotations":[{"id":"a","quote":"${'x'.repeat(100 * 1024 * 1024)}"}]}`;
    const value = parseImport(text);
    expect(value).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'A text value starting at line 1, column 64 is longer than 1,000,000 characters.',
        },
      ],
    });
  });

  it('rejects 100,000 levels of nesting without overflowing the stack', () => {
    for (const text of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    ]) {
      const result = parseImport(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0].message).toMatch(
        /^The data is nested more than 32 levels deep \(at line 1, column \d+\)\.$/,
      );
    }
  });

  it('does not count brackets inside strings as nesting', () => {
    const file = buildGlossExport(data);
    file.annotations[0].note = '['.repeat(10_000) + '"\\{';
    expect(parseImport(JSON.stringify(file)).ok).toBe(true);
  });

  it('rejects files over the size limit with the sizes in the message', () => {
    const text = 'x'.repeat(importLimits.MAX_FILE_CHARS + 1);
    const value = parseImport(text);
    expect(value).toEqual({
      ok: false,
      errors: [
        { path: '', message: 'The file is about 201 MB; Gloss imports files up to 200 MB.' },
      ],
    });
  });
});
