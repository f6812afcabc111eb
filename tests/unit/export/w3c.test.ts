import { describe, expect, it } from 'vitest';
import { buildW3cExport, stringifyExport } from '../../../utils/export';
import { EXPORTED_AT, loadDataset, readFixture } from './fixtures';

describe('buildW3cExport', () => {
  const out = buildW3cExport(loadDataset(), EXPORTED_AT);
  const byId = (n: number) => out.first.items.find((a) => a.id.endsWith(`00000000000${n}`))!;

  it('matches the expected file for the seed dataset', () => {
    expect(stringifyExport(out)).toBe(readFixture('expected-w3c.jsonld'));
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
      target: { source: 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm' },
    });
    expect(person.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector']);
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
      'gloss:quote': 'more than 350000 high-quality industrial workers',
      'gloss:color': '#ef5350',
      'gloss:claim': { status: 'disputed', claimantId: '0b6f3c2e-5d1a-4e8b-9c7f-1a2b3c4d5e03' },
    });
    expect(out['gloss:articles']).toHaveLength(1);
    expect(out['gloss:entities'].map((e) => e.name)).toEqual(['Wang Jun', 'Shaanxi Federation of Trade Unions', 'Duan Xiaolong']);
  });
});
