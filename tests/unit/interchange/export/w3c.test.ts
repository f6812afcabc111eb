import { describe, expect, it } from 'vitest';
import {
  buildW3cExport,
  stringifyExport,
  type W3cAnnotation,
} from '../../../../utils/interchange/export';
import { EXPORTED_AT, loadDataset, readFixture } from './fixtures';
import { inExportOrder } from '../../../../utils/interchange/export/order';
import { nameUuid, nameUuidOf } from '../../../../utils/interchange/export/name-uuid';

describe('buildW3cExport', () => {
  const out = buildW3cExport(loadDataset(), EXPORTED_AT);
  const byId = (n: number) => out.first.items.find((a) => a.id.endsWith(`00000000000${n}`))!;

  it('matches the expected file for the seed dataset', () => {
    // The expected files are exports as the reader gets them: in export order (export/order.ts).
    const ordered = buildW3cExport(inExportOrder(loadDataset()), EXPORTED_AT);
    expect(stringifyExport(ordered)).toBe(readFixture('expected-w3c.jsonld'));
  });

  it('is an AnnotationCollection with the anno.jsonld context and one page', () => {
    expect(out['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out.type).toBe('AnnotationCollection');
    expect(out.total).toBe(5);
    expect(out.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(out.first.items).toHaveLength(5);
  });

  it('writes each annotation with a urn:uuid id, times, target and selectors', () => {
    const person = byId(1);
    expect(person).toMatchObject({
      id: 'urn:uuid:7d2e9f40-1c3b-4a5d-8e6f-000000000001',
      type: 'Annotation',
      motivation: 'identifying',
      created: '2024-05-18T09:13:00.000Z',
      modified: '2024-05-18T09:13:00.000Z',
      target: {
        source: 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm',
      },
    });
    expect(person).toMatchObject({
      '@context': out['@context'],
      generator: { type: 'Software', name: 'Gloss' },
    });
    expect(person).not.toHaveProperty('creator');
  });

  it('writes W3C selectors: the quote, and the range as XPath start/end selectors from the document', () => {
    const target = byId(1).target as Exclude<W3cAnnotation['target'], string>;
    expect(target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'RangeSelector']);
    const range = target.selector[1] as Extract<
      (typeof target.selector)[number],
      { type: 'RangeSelector' }
    >;
    expect(range.startSelector.value).toMatch(/^\/html\[1\]\/body\[1\]\//);
    expect(range.startSelector.refinedBy.type).toBe('TextPositionSelector');
    expect(range).not.toHaveProperty('startContainer');
  });

  it("leaves the standard TextPositionSelector out (Gloss's offsets collapse whitespace) and keeps Gloss's own in gloss:textPosition", () => {
    const data = loadDataset();
    const position = data.annotations[0].selectors.find((s) => s.type === 'TextPositionSelector')!;
    expect(JSON.stringify(out)).not.toContain('"type": "TextPositionSelector", "start"');
    expect(byId(1)['gloss:textPosition']).toEqual({ start: position.start, end: position.end });
  });

  it('names the reader as creator when the settings have a name, and targets the page itself when nothing is selected', () => {
    const data = loadDataset();
    data.annotations[0].selectors = [];
    const named = buildW3cExport(data, EXPORTED_AT, { readerName: '  Mei Lin ' });
    expect(named.first.items[0].creator).toEqual({ type: 'Person', name: 'Mei Lin' });
    expect(named.first.items[0].target).toBe(data.annotations[0].articleUrl);
    expect(
      buildW3cExport(data, EXPORTED_AT, { readerName: '   ' }).first.items[0],
    ).not.toHaveProperty('creator');
  });

  it('gives the collection and page urn:uuid ids that depend on the content and the time, not on chance', () => {
    const again = buildW3cExport(loadDataset(), EXPORTED_AT);
    expect(again.id).toBe(out.id);
    expect(buildW3cExport(loadDataset(), new Date('2024-06-02T00:00:00Z')).id).not.toBe(out.id);
    const fewer = loadDataset();
    fewer.annotations.pop();
    expect(buildW3cExport(fewer, EXPORTED_AT).id).not.toBe(out.id);
  });

  it('writes a urn:uuid id only for UUIDs; other ids get a Gloss URN', () => {
    const data = loadDataset();
    data.annotations[0].id = 'a-wang';
    expect(buildW3cExport(data).first.items[0].id).toBe('urn:gloss:annotation:a-wang');
  });

  it('expresses note, type, entity, tags and claim status as purposed TextualBodies', () => {
    const bodies = (n: number) => byId(n).body!.map((b) => [b.purpose, b.value]);
    expect(bodies(1)).toEqual([
      ['commenting', 'Executive Vice Chairman of the Shaanxi Federation of Trade Unions.'],
      ['tagging', 'person'],
      ['identifying', 'Wang Jun'],
      ['tagging', 'officials'],
    ]);
    expect(bodies(3)).toEqual([
      ['commenting', 'Compare with the Baoji statistical yearbook.'],
      ['tagging', 'claim'],
      ['tagging', 'numbers'],
      ['tagging', '-check later'],
      ['assessing', 'disputed'],
    ]);
    expect(byId(2).body!.some((b) => b.purpose === 'commenting')).toBe(false); // empty note: no body
    expect(byId(1).body![1]['gloss:role']).toBe('type');
  });

  it('keeps Gloss-only fields under gloss: keys', () => {
    expect(byId(3)).toMatchObject({
      'gloss:type': 'claim',
      'gloss:color': '#ef5350',
      'gloss:claim': { status: 'disputed', claimantId: '0b6f3c2e-5d1a-4e8b-9c7f-1a2b3c4d5e03' },
    });
    // The quote and its context are the TextQuoteSelector's, so they are not written twice.
    expect(byId(3)).not.toHaveProperty('gloss:quote');
    expect(byId(3)).not.toHaveProperty('gloss:prefix');
    expect(out['gloss:articles']).toHaveLength(1);
    expect(out['gloss:entities'].map((e) => e.name)).toEqual([
      'Wang Jun',
      'Shaanxi Federation of Trade Unions',
      'Duan Xiaolong',
    ]);
  });
});

describe("an annotation's quote where the selectors do not say it", () => {
  it('is written under gloss: keys when there is no TextQuoteSelector or it reads otherwise', () => {
    const data = loadDataset();
    data.annotations[0].selectors = data.annotations[0].selectors.filter(
      (s) => s.type !== 'TextQuoteSelector',
    );
    data.annotations[1].prefix = 'a longer context kept by an older version';
    const items = buildW3cExport(data, EXPORTED_AT).first.items;
    expect(items[0]).toMatchObject({ 'gloss:quote': data.annotations[0].quote });
    expect(items[1]).toMatchObject({
      'gloss:quote': data.annotations[1].quote,
      'gloss:prefix': 'a longer context kept by an older version',
      'gloss:suffix': data.annotations[1].suffix,
    });
    expect(items[2]).not.toHaveProperty('gloss:quote');
  });
});

describe('a library larger than a call can take', () => {
  it('names its collection after 200,001 annotations without overflowing the stack', () => {
    const data = loadDataset();
    const many = Array.from({ length: 200_001 }, (_, i) => ({
      ...data.annotations[0],
      id: `n${i}`,
    }));
    const out = buildW3cExport({ ...data, annotations: many }, EXPORTED_AT);
    expect(out.total).toBe(200_001);
    expect(out.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    // The same names give the same id whichever way they are passed.
    const names = many.map((a) => `${a.id} ${a.updatedAt}`);
    expect(nameUuidOf(['x', ...names.slice(0, 3)])).toBe(nameUuid('x', ...names.slice(0, 3)));
  });
});
