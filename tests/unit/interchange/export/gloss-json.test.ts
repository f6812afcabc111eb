import { describe, expect, it } from 'vitest';
import { buildGlossExport, stringifyExport } from '../../../../utils/interchange/export';
import { EXPORTED_AT, loadDataset, readFixture } from './fixtures';
import { inExportOrder } from '../../../../utils/interchange/export/order';

describe('buildGlossExport', () => {
  it('matches the expected file for the seed dataset', () => {
    // The expected files are exports as the reader gets them: in export order (export/order.ts).
    const built = stringifyExport(buildGlossExport(inExportOrder(loadDataset()), EXPORTED_AT));
    expect(built).toBe(readFixture('expected-gloss.json'));
  });

  it('writes the envelope and uses `now` for exportedAt', () => {
    const out = buildGlossExport(
      { articles: [], annotations: [], entities: [] },
      new Date('2025-01-02T03:04:05Z'),
    );
    expect(out).toEqual({
      format: 'gloss',
      version: 1,
      exportedAt: '2025-01-02T03:04:05.000Z',
      articles: [],
      annotations: [],
      entities: [],
    });
  });

  it('leaves out runtime fields the caller may have attached, and copies instead of aliasing', () => {
    const data = loadDataset();
    Object.assign(data.annotations[0], { anchorState: 'orphaned' });
    Object.assign(data.articles[0], { html: '<p>cached</p>' });
    const out = buildGlossExport(data, EXPORTED_AT);
    expect(out.annotations[0]).not.toHaveProperty('anchorState');
    expect(out.articles[0]).not.toHaveProperty('html');
    out.annotations[0].tags.push('mutated');
    expect(data.annotations[0].tags).toEqual(['officials']);
  });
});
