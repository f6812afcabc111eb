import { toJsonSchema } from '@valibot/to-json-schema';
import {
  annotationSchema,
  articleSchema,
  claimSchema,
  entitySchema,
  glossExportSchema,
  selectorSchema,
} from './schemas';

/**
 * The published JSON Schema of a Gloss export (schema/gloss-export.schema.json), generated from the
 * model's valibot schemas so the two cannot disagree. `npm run schema` writes it; a unit test
 * fails when the committed file is not what this returns.
 *
 * Checks that JSON Schema cannot express (a URL the URL parser accepts, an entity's derived
 * normalizedName) are left out rather than failing: the schema is what other tools can check, the
 * importer checks the rest. Unknown fields are allowed, as the importer drops them.
 */
export function glossExportJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(glossExportSchema, {
    errorMode: 'ignore',
    definitions: {
      article: articleSchema,
      annotation: annotationSchema,
      entity: entitySchema,
      claim: claimSchema,
      selector: selectorSchema,
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://gloss.invalid/schema/gloss-export.schema.json',
    title: 'Gloss export, version 1',
    description:
      'The file written by buildGlossExport() (utils/interchange/export/gloss-json.ts) and read by parseImport() (utils/interchange/import/parse-import.ts). Generated from utils/model/schemas.ts by `npm run schema`; do not edit by hand.',
    ...rest,
  };
}
