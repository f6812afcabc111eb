import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildW3cExport, type W3cCollection } from '../../../../utils/interchange/export';
import type { ClaimInfo } from '../../../../utils/model';
import { clone, EXPORTED_AT, loadDataset } from './fixtures';

/*
 * Every MUST assertion of the W3C Web Annotation test suite (tests/fixtures/w3c, see its README),
 * run with ajv against each annotation Gloss's W3C export writes — as the suite's own harness
 * runs them against one annotation pasted into its form.
 */

const ROOT = path.resolve(process.cwd(), 'tests/fixtures/w3c');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const MANIFESTS = [
  'annotations/annotationMusts.test',
  'specificResource/specificResourceMusts.test',
];
const DEFINITIONS = [
  'id',
  'annotations',
  'otherProperties',
  'bodyTarget',
  'choiceSet',
  'specificResource',
];

function loadAssertions() {
  // The suite's schemas carry its own keywords (assertionType, errorMessage, …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of DEFINITIONS) ajv.addSchema(readJson(`definitions/${name}.json`));
  return MANIFESTS.flatMap((manifest) =>
    (readJson(manifest).assertions as string[]).map((file) => {
      const schema = readJson(file);
      expect(schema.assertionType).toBe('must');
      return { file, title: schema.title as string, validate: ajv.compile(schema) };
    }),
  );
}

const assertions = loadAssertions();

/** Names of the MUST assertions an annotation fails, with ajv's reasons. */
function failures(annotation: unknown): string[] {
  return assertions.flatMap(({ file, validate }) =>
    validate(annotation) ? [] : [`${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`],
  );
}

/** The seed dataset plus the shapes it lacks: no selectors, a non-UUID id, a reader's name. */
function exports(): W3cCollection[] {
  const data = loadDataset();
  const odd = clone(data);
  odd.annotations[0].selectors = [];
  odd.annotations[1].id = 'imported-token_1.2';
  (odd.annotations[2].claim as ClaimInfo).reviewUrl =
    'https://factcheck.example/reviews/350000-workers';
  return [
    buildW3cExport(data, EXPORTED_AT),
    buildW3cExport(odd, EXPORTED_AT, { readerName: 'Mei Lin' }),
  ];
}

describe('W3C export against the W3C test suite', () => {
  it('loads every MUST assertion the manifests list (14 for annotations, 11 for specific resources)', () => {
    expect(assertions).toHaveLength(25);
  });

  it('every annotation passes every MUST assertion', () => {
    for (const collection of exports()) {
      for (const annotation of collection.first.items)
        expect(failures(annotation), annotation.id).toEqual([]);
    }
  });

  it('the assertions do catch what earlier exports did wrong', () => {
    const [annotation] = clone(exports()[0].first.items);
    const broken = { ...annotation } as Record<string, unknown>;
    // Hypothesis-style RangeSelector, as Gloss wrote it before: no startSelector/endSelector.
    broken.target = {
      source: 'https://news.example/a',
      selector: [
        {
          type: 'RangeSelector',
          startContainer: '/p[1]/text()[1]',
          startOffset: 0,
          endContainer: '/p[1]/text()[1]',
          endOffset: 4,
        },
      ],
    };
    expect(failures(broken).map((f) => f.split(':')[0])).toContain(
      'specificResource/4.2.8-rangeSelectorValid.json',
    );
    const noContext = { ...annotation } as Record<string, unknown>;
    delete noContext['@context'];
    expect(failures(noContext).map((f) => f.split(':')[0])).toEqual([
      'annotations/3.1-annotationContextValidated.json',
    ]);
  });

  it('the collection and its page have the keys §5.1 and §5.2 require, with URI ids', () => {
    for (const collection of exports()) {
      expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
      expect(collection.id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(collection).toMatchObject({
        type: 'AnnotationCollection',
        label: 'Gloss export',
        total: collection.first.items.length,
      });
      expect(collection.first).toMatchObject({
        type: 'AnnotationPage',
        partOf: collection.id,
        startIndex: 0,
      });
      expect(collection.first.id).toMatch(/^urn:uuid:/);
      expect(collection.first.id).not.toBe(collection.id);
    }
  });
});
