import { describe, expect, it } from 'vitest';
import {
  buildGlossExport,
  buildW3cExport,
  stringifyExport,
} from '../../../../utils/interchange/export';
import { parseImport } from '../../../../utils/interchange/import';
import type { ClaimInfo } from '../../../../utils/model';
import { clone, EXPORTED_AT, loadDataset, readFixture } from '../export/fixtures';
import { inExportOrder } from '../../../../utils/interchange/export/order';

describe('round trips', () => {
  const data = loadDataset();

  it('Gloss JSON → parseImport gives back the same records', () => {
    const result = parseImport(stringifyExport(buildGlossExport(data, EXPORTED_AT)));
    expect(result).toEqual({ ok: true, format: 'gloss', data });
  });

  it("Gloss's W3C export → parseImport gives back the same records", () => {
    const result = parseImport(stringifyExport(buildW3cExport(data, EXPORTED_AT)));
    expect(result).toEqual({ ok: true, format: 'w3c', data });
  });

  it('the committed expected files import too (files written by this version stay readable)', () => {
    // They list the records in export order (utils/interchange/export/order.ts).
    const ordered = inExportOrder(data);
    expect(parseImport(readFixture('expected-gloss.json'))).toMatchObject({
      ok: true,
      data: ordered,
    });
    expect(parseImport(readFixture('expected-w3c.jsonld'))).toMatchObject({
      ok: true,
      data: ordered,
    });
  });

  it('W3C exports written before the W3C-form selectors (Hypothesis-style RangeSelector) still import', () => {
    expect(parseImport(readFixture('legacy-w3c-range.jsonld'))).toEqual({
      ok: true,
      format: 'w3c',
      data,
    });
  });

  it("a claim's published-review URL round-trips through both formats; files without one stay as they were", () => {
    const reviewed = clone(data);
    const claim = reviewed.annotations.find((a) => a.claim)!.claim as ClaimInfo;
    claim.reviewUrl = 'https://factcheck.example/reviews/350000-workers';
    for (const build of [buildGlossExport, buildW3cExport]) {
      const result = parseImport(JSON.stringify(build(reviewed)));
      expect(result.ok && result.data).toEqual(reviewed);
    }
    expect(readFixture('expected-gloss.json')).not.toContain('reviewUrl');
  });

  it('round-trips edge values: empty note and tags, nulls, multi-line notes, unicode', () => {
    const edge = clone(data);
    edge.annotations[0].note = 'line one\n\nline three — 王军 ✓';
    edge.annotations[1].tags = [];
    edge.annotations[1].selectors = [];
    edge.articles[0].byline = null;
    edge.articles[0].canonicalUrl = null;
    for (const build of [buildGlossExport, buildW3cExport]) {
      const result = parseImport(JSON.stringify(build(edge)));
      expect(result.ok && result.data).toEqual(edge);
    }
  });

  it('reads a W3C quote from gloss:quote, or from the TextQuoteSelector when that is left out', () => {
    const differs = clone(data);
    differs.annotations[0].prefix = 'a context that differs from the selector';
    differs.annotations[1].selectors = differs.annotations[1].selectors.filter(
      (s) => s.type !== 'TextQuoteSelector',
    );
    const result = parseImport(JSON.stringify(buildW3cExport(differs)));
    expect(result.ok && result.data).toEqual(differs);

    const file = buildW3cExport(data) as any;
    file.first.items[0].target.selector = file.first.items[0].target.selector.filter(
      (s: { type: string }) => s.type !== 'TextQuoteSelector',
    );
    const broken = parseImport(JSON.stringify(file));
    expect(broken.ok).toBe(false);
    expect(JSON.stringify(!broken.ok && broken.errors)).toMatch(/has no quote/);
  });

  it('recomputes normalizedName instead of trusting the file', () => {
    const stale = clone(data);
    stale.entities[0].normalizedName = 'SOMETHING ELSE';
    const result = parseImport(JSON.stringify(buildGlossExport(stale)));
    expect(result.ok && result.data.entities[0].normalizedName).toBe('wang jun');
  });

  it('drops unknown fields and returns plain objects', () => {
    const file = buildGlossExport(data) as any;
    file.extraTopLevel = 1;
    file.annotations[0].anchorState = 'orphaned';
    file.annotations[0].selectors[0].refinedBy = { type: 'X' };
    file.entities[0].wikidata = 'Q1';
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual(data);
    expect(Object.getPrototypeOf(result.data.annotations[0])).toBe(Object.prototype);
    expect(result.data.annotations[0]).not.toHaveProperty('anchorState');
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseImport('\uFEFF' + JSON.stringify(buildGlossExport(data))).ok).toBe(true);
  });
});
