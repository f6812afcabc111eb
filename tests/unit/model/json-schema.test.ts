import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ANNOTATION_TYPES, CLAIM_STATUSES, ENTITY_TYPES } from '../../../utils/model';
import { glossExportJsonSchema } from '../../../utils/model/json-schema';
import { buildGlossExport } from '../../../utils/interchange/export';
import { clone, EXPORTED_AT, loadDataset } from '../interchange/export/fixtures';

const committed = JSON.parse(
  readFileSync(path.resolve(process.cwd(), 'schema/gloss-export.schema.json'), 'utf8'),
) as Record<string, any>;

describe('schema/gloss-export.schema.json', () => {
  it('is what the model generates (run `npm run schema` after changing utils/model/schemas.ts)', () => {
    expect(committed).toEqual(glossExportJsonSchema());
  });

  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  const validate = ajv.compile(committed);
  const errors = (data: unknown) =>
    validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
  const built = () => clone(buildGlossExport(loadDataset(), EXPORTED_AT));

  it('accepts the built export', () => {
    expect(errors(built())).toEqual([]);
  });

  it("requires every field the model requires, and uses the model's enums", () => {
    const defs = committed.$defs;
    expect(defs.annotation.required).toEqual(Object.keys(built().annotations[0]));
    expect(defs.entity.required).toEqual(Object.keys(built().entities[0]));
    // dismissedSuggestions is optional: files from before schema v2 have none.
    expect(defs.article.required).toEqual(
      Object.keys(built().articles[0]).filter((k) => k !== 'dismissedSuggestions'),
    );
    expect(defs.annotation.properties.type.enum).toEqual([...ANNOTATION_TYPES]);
    expect(defs.entity.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(defs.claim.properties.status.enum).toEqual([...CLAIM_STATUSES]);
  });

  it('rejects exports that break it', () => {
    const wrongType = built();
    (wrongType.annotations[0] as any).type = 'celebrity';
    expect(errors(wrongType).join()).toMatch(
      /\/annotations\/0\/type must be equal to one of the allowed values/,
    );

    const missing = built();
    delete (missing.entities[1] as any).name;
    expect(errors(missing).join()).toMatch(/\/entities\/1 must have required property 'name'/);

    const badSelector = built();
    (badSelector.annotations[0].selectors[1] as any).start = -1;
    expect(errors(badSelector).join()).toMatch(
      /\/annotations\/0\/selectors\/1\/start must be >= 0/,
    );

    const jsUrl = built();
    jsUrl.annotations[2].claim!.evidenceUrl = 'javascript:alert(1)';
    expect(errors(jsUrl).join()).toMatch(/\/annotations\/2\/claim\/evidenceUrl must match pattern/);

    const wrongVersion = built() as any;
    wrongVersion.version = 2;
    expect(errors(wrongVersion).join()).toMatch(/\/version must be equal to constant/);
  });
});
