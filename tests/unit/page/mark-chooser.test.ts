// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooserEntries, quoteStart } from '../../../utils/page/mark-chooser';
import type { AnnotationType, Mark } from '../../../utils/model';

const mark = (id: string, type: AnnotationType, exact: string): Mark => ({
  id,
  articleUrl: 'https://news.example/a',
  type,
  selectors: [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: exact.length },
  ],
  color: null,
});

const CLAIM = mark(
  'c',
  'claim',
  'Baoji has built 18 national intelligent manufacturing enterprises, 125 innovation studios',
);
const PERSON = mark('p', 'person', 'Wang Jun');
const ORG = mark('o', 'organization', 'Baoji Federation   of\nTrade Unions');

describe('quoteStart', () => {
  it('keeps a short quote whole, whitespace collapsed', () => {
    expect(quoteStart('  Wang \n Jun ')).toBe('Wang Jun');
  });
  it('cuts a long quote at a word boundary and says so', () => {
    const start = quoteStart(
      CLAIM.selectors[0].type === 'TextQuoteSelector' ? CLAIM.selectors[0].exact : '',
    );
    expect(start).toBe('Baoji has built 18 national intelligent…');
    expect(start.length).toBeLessThanOrEqual(49);
  });
  it('cuts inside a word only when there is no space to cut at', () => {
    expect(quoteStart('x'.repeat(60), 10)).toBe(`${'x'.repeat(10)}…`);
  });
  it('drops punctuation left dangling at the cut', () => {
    expect(quoteStart('one two three, four five six', 15)).toBe('one two three…');
  });
});

describe('chooserEntries', () => {
  it('lists each overlapping mark with its type and quote start, innermost first', () => {
    expect(chooserEntries(['c', 'p'], [CLAIM, PERSON])).toEqual([
      { id: 'p', type: 'person', quoteStart: 'Wang Jun' },
      { id: 'c', type: 'claim', quoteStart: 'Baoji has built 18 national intelligent…' },
    ]);
  });
  it('collapses whitespace in the quote', () => {
    expect(chooserEntries(['o'], [ORG])[0].quoteStart).toBe('Baoji Federation of Trade Unions');
  });
  it('leaves out unknown ids and repeats', () => {
    expect(chooserEntries(['p', 'gone', 'p'], [PERSON]).map((e) => e.id)).toEqual(['p']);
  });
  it('carries nothing but id, type and the quote start', () => {
    for (const entry of chooserEntries(['c', 'p', 'o'], [CLAIM, PERSON, ORG]))
      expect(Object.keys(entry).sort()).toEqual(['id', 'quoteStart', 'type']);
  });
});
