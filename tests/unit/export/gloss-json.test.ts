import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANNOTATION_TYPES, CLAIM_STATUSES, ENTITY_TYPES } from '../../../utils/model';
import { buildGlossExport, stringifyExport } from '../../../utils/export';
import { checkSchema } from './mini-json-schema';
import { clone, EXPORTED_AT, loadDataset, readFixture } from './fixtures';

const schema = JSON.parse(
  readFileSync(path.resolve(process.cwd(), 'schema/gloss-export-v1.schema.json'), 'utf8'),
) as Record<string, any>;

describe('buildGlossExport', () => {
  it('matches the expected file for the seed dataset', () => {
    const built = stringifyExport(buildGlossExport(loadDataset(), EXPORTED_AT));
    expect(built).toBe(readFixture('expected-gloss.json'));
  });

  it('writes the envelope and uses `now` for exportedAt', () => {
    const out = buildGlossExport({ articles: [], annotations: [], entities: [] }, new Date('2025-01-02T03:04:05Z'));
    expect(out).toEqual({
      format: 'gloss', version: 1, exportedAt: '2025-01-02T03:04:05.000Z', articles: [], annotations: [], entities: [],
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

describe('schema/gloss-export-v1.schema.json', () => {
  const built = () => clone(buildGlossExport(loadDataset(), EXPORTED_AT));

  it('accepts the built export', () => {
    expect(checkSchema(schema, built())).toEqual([]);
  });

  it('lists exactly the keys the builder writes as required', () => {
    const out = built();
    expect(schema.required).toEqual(Object.keys(out));
    expect(schema.$defs.article.required).toEqual(Object.keys(out.articles[0]));
    expect(schema.$defs.annotation.required).toEqual(Object.keys(out.annotations[0]));
    expect(schema.$defs.entity.required).toEqual(Object.keys(out.entities[0]));
    expect(schema.$defs.claim.required).toEqual(Object.keys(out.annotations[2].claim!));
  });

  it("uses the model's enums", () => {
    expect(schema.$defs.annotation.properties.type.enum).toEqual([...ANNOTATION_TYPES]);
    expect(schema.$defs.entity.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(schema.$defs.claim.properties.status.enum).toEqual([...CLAIM_STATUSES]);
  });

  it('rejects exports that break it (the checker really checks)', () => {
    const wrongType = built();
    (wrongType.annotations[0] as any).type = 'celebrity';
    expect(checkSchema(schema, wrongType).join()).toMatch(/annotations\[0\]\.type: not in enum/);

    const missing = built();
    delete (missing.entities[1] as any).name;
    expect(checkSchema(schema, missing).join()).toMatch(/entities\[1\]: missing name/);

    const extra = built();
    (extra.articles[0] as any).html = '';
    expect(checkSchema(schema, extra).join()).toMatch(/unexpected html/);

    const badSelector = built();
    (badSelector.annotations[0].selectors[1] as any).start = -1;
    expect(checkSchema(schema, badSelector).join()).toMatch(/selectors\[1\]: oneOf matched 0/);

    const jsUrl = built();
    jsUrl.annotations[2].claim!.evidenceUrl = 'javascript:alert(1)';
    expect(checkSchema(schema, jsUrl).join()).toMatch(/claim: anyOf matched 0/);
  });
});
