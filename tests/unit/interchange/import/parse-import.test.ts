import { describe, expect, it } from 'vitest';
import { buildGlossExport, buildW3cExport } from '../../../../utils/interchange/export';
import { parseImport, type ImportError } from '../../../../utils/interchange/import';
import { loadDataset } from '../export/fixtures';

const data = loadDataset();
const glossFile = () => JSON.parse(JSON.stringify(buildGlossExport(data))) as any;
const w3cFile = () => JSON.parse(JSON.stringify(buildW3cExport(data))) as any;

function errorsOf(text: string): ImportError[] {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}
const errorsFor = (file: unknown) => errorsOf(JSON.stringify(file));

describe('parseImport rejects broken files with clear messages', () => {
  it('malformed JSON, with its position', () => {
    const [error] = errorsOf('{\n  "format": "gloss",\n  "version": 1,,\n}');
    expect(error.path).toBe('');
    expect(error.message).toMatch(/^The file is not valid JSON: .*\(at line 3, column 16\)\.$/);
  });

  it('truncated JSON and empty files', () => {
    expect(errorsOf('{"format": "gloss", "articles": [')[0].message).toMatch(/not valid JSON/);
    expect(errorsOf('  \n')[0].message).toBe('The file is empty.');
  });

  it('JSON that is not an object (a list is read as Hypothesis annotations, each checked)', () => {
    expect(errorsOf('[1, 2]')[0]).toMatchObject({
      path: '[0]',
      message: expect.stringMatching(/^Annotation #1: /),
    });
    expect(errorsOf('"gloss"')[0].message).toMatch(/not string/);
  });

  it('wrong format or version', () => {
    expect(errorsFor({ ...glossFile(), format: 'hypothesis' })[0]).toEqual({
      path: 'format',
      message: expect.stringMatching(/^Unknown format "hypothesis"\. Gloss imports/),
    });
    expect(errorsFor({ ...glossFile(), version: 2 })).toEqual([
      { path: 'version', message: 'The file is version 2; this Gloss reads version 1.' },
    ]);
    const { version: _, ...noVersion } = glossFile();
    expect(errorsFor(noVersion)[0]).toMatchObject({
      path: 'version',
      message: expect.stringMatching(/has no "version"/),
    });
    expect(errorsFor({ hello: 'world' })[0].message).toMatch(/^This is not a Gloss export/);
  });

  it("W3C collections that Gloss didn't write", () => {
    const foreign = w3cFile();
    delete foreign['gloss:version'];
    expect(errorsFor(foreign)[0]).toMatchObject({
      path: 'gloss:version',
      message: expect.stringMatching(/not exported by Gloss/),
    });
    expect(errorsFor({ ...w3cFile(), 'gloss:version': 3 })[0].path).toBe('gloss:version');
  });

  it('missing fields and lists, naming the record and the field', () => {
    const file = glossFile();
    delete file.annotations[3].quote;
    delete file.entities;
    expect(errorsFor(file)).toEqual([
      {
        path: 'annotations[3].quote',
        message: 'Annotation #4 (id "7d2e9f40-1c3b-4a5d-8e6f-000000000004"): "quote" is missing.',
      },
      { path: 'entities', message: 'The file has no "entities" list.' },
    ]);
  });

  it('unknown types and statuses, and wrong value types', () => {
    const file = glossFile();
    file.annotations[0].type = 'celebrity';
    file.annotations[2].claim.status = 'pants-on-fire';
    file.entities[1].type = 'place';
    file.annotations[1].selectors[1].start = '402';
    file.annotations[1].tags = 'a,b';
    const errors = errorsFor(file);
    expect(errors).toContainEqual({
      path: 'annotations[0].type',
      message:
        'Annotation #1 (id "7d2e9f40-1c3b-4a5d-8e6f-000000000001"): "type" must be one of "highlight", "person", "organization", "claim", not "celebrity".',
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'annotations[2].claim.status',
        'entities[1].type',
        'annotations[1].selectors[1].start',
        'annotations[1].tags',
      ]),
    );
    expect(errors.find((e) => e.path === 'annotations[1].tags')!.message).toMatch(
      /"tags" must be a list, not "a,b"\./,
    );
    expect(errors.find((e) => e.path === 'annotations[1].selectors[1].start')!.message).toMatch(
      /must be a number/,
    );
  });

  it('unsafe or malformed values: javascript: URLs, bad timestamps, markup ids', () => {
    const file = glossFile();
    file.annotations[2].claim.evidenceUrl = 'javascript:alert(1)';
    file.articles[0].url = 'javascript:alert(1)';
    file.annotations[0].createdAt = 'yesterday';
    file.entities[0].id = '<img src=x>';
    const paths = errorsFor(file).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'annotations[2].claim.evidenceUrl',
        'articles[0].url',
        'annotations[0].createdAt',
        'entities[0].id',
      ]),
    );
  });

  it('W3C errors point at the W3C file paths', () => {
    const file = w3cFile();
    file.first.items[2]['gloss:type'] = 'rumour';
    file.first.items[0].id = '7d2e9f40';
    expect(errorsFor(file).map((e) => e.path)).toEqual([
      'first.items[0].id',
      'first.items[2].gloss:type',
    ]);
  });

  it('__proto__, constructor and prototype keys anywhere, without polluting prototypes', () => {
    const text = JSON.stringify(glossFile())
      .replace('"format":"gloss"', '"format":"gloss","__proto__":{"polluted":"yes"}')
      .replace(
        '"quote":"Wang Jun"',
        '"quote":"Wang Jun","constructor":{"prototype":{"polluted":"yes"}}',
      )
      .replace('"aliases":["SFTU"]', '"aliases":["SFTU"],"prototype":{"polluted":"yes"}');
    const errors = errorsOf(text);
    expect(errors).toEqual([
      { path: '__proto__', message: 'The key "__proto__" is not allowed in an import file.' },
      {
        path: 'annotations[0].constructor',
        message: 'The key "constructor" is not allowed in an import file.',
      },
      {
        path: 'entities[1].prototype',
        message: 'The key "prototype" is not allowed in an import file.',
      },
    ]);
    // Also written with \u escapes, which a text search would miss.
    expect(
      errorsOf(
        JSON.stringify(glossFile()).replace('{', '{"\\u005f_proto__":{"polluted":"yes"},'),
      )[0].path,
    ).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('duplicate ids and urls, pointing at the first use', () => {
    const file = glossFile();
    file.annotations.push({ ...file.annotations[1] });
    file.entities.push({ ...file.entities[0], name: 'Someone else' });
    file.articles.push({ ...file.articles[0] });
    expect(errorsFor(file)).toEqual([
      {
        path: 'articles[1].url',
        message: `Article #2: url "${data.articles[0].url}" is already used by article #1.`,
      },
      {
        path: 'entities[3].id',
        message: `Entity #4: id "${data.entities[0].id}" is already used by entity #1.`,
      },
      {
        path: 'annotations[5].id',
        message: `Annotation #6: id "${data.annotations[1].id}" is already used by annotation #2.`,
      },
    ]);
  });

  it('dangling references to articles, entities and claimants', () => {
    const file = glossFile();
    file.entities = file.entities.slice(0, 1); // keeps Wang Jun only
    file.annotations[4].articleUrl = 'https://example.com/not-in-file';
    expect(errorsFor(file)).toEqual([
      {
        path: 'annotations[1].entityId',
        message: `Annotation #2 (id "${data.annotations[1].id}"): its entity "${data.entities[1].id}" is not in the file.`,
      },
      {
        path: 'annotations[2].claim.claimantId',
        message: `Annotation #3 (id "${data.annotations[2].id}"): its claimant entity "${data.entities[2].id}" is not in the file.`,
      },
      {
        path: 'annotations[4].articleUrl',
        message: `Annotation #5 (id "${data.annotations[4].id}"): its article https://example.com/not-in-file is not in the file.`,
      },
    ]);
    const w3c = w3cFile();
    w3c['gloss:entities'] = [];
    expect(errorsFor(w3c).map((e) => e.path)).toEqual([
      'first.items[0].gloss:entityId',
      'first.items[1].gloss:entityId',
      'first.items[2].gloss:claim.claimantId',
    ]);
  });

  it('over-long text fields', () => {
    const file = glossFile();
    file.annotations[0].note = 'x'.repeat(100_001);
    expect(errorsFor(file)).toEqual([
      {
        path: 'annotations[0].note',
        message: `Annotation #1 (id "${data.annotations[0].id}"): "note" is longer than the 100,000-character limit.`,
      },
    ]);
  });

  it('reports at most 50 errors, then how many more', () => {
    const file = glossFile();
    file.annotations = Array.from({ length: 120 }, (_, i) => ({
      ...file.annotations[0],
      id: `a${i}`,
      type: 'nope',
    }));
    const errors = errorsFor(file);
    expect(errors).toHaveLength(51);
    expect(errors[49].path).toBe('annotations[49].type');
    expect(errors[50]).toEqual({ path: '', message: '…and 70 more problems.' });
  });
});
