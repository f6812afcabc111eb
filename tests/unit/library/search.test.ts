// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightParts, isSearching, matchesAll, parseQuery } from '../../../utils/library/search';

const marked = (text: string, query: string) =>
  highlightParts(text, parseQuery(query))
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('parseQuery and matchesAll', () => {
  it('takes the words of the query, once each', () => {
    expect(parseQuery('  MIIT   Baoji MIIT ').words).toEqual(['MIIT', 'Baoji']);
    expect(isSearching(parseQuery('   '))).toBe(false);
  });

  it('needs every word in some field, ignoring case', () => {
    const q = parseQuery('miit baoji');
    expect(matchesAll(q, ['The MIIT list', 'names 11 BAOJI firms'])).toBe(true);
    expect(matchesAll(q, ['The MIIT list', null, undefined])).toBe(false);
    expect(matchesAll(parseQuery(''), [])).toBe(true);
  });

  it('reads the query as text, not as a pattern', () => {
    expect(matchesAll(parseQuery('90%.*'), ['turnout was 90%'])).toBe(false);
    expect(matchesAll(parseQuery('(18)'), ['built (18) firms'])).toBe(true);
    expect(matchesAll(parseQuery('a+b'), ['aab'])).toBe(false);
  });
});

describe('highlightParts', () => {
  it('marks every match of every word, keeping the text as written', () => {
    expect(marked('The MIIT list names 11 Baoji firms, miit says', 'miit baoji')).toBe(
      'The [MIIT] list names 11 [Baoji] firms, [miit] says',
    );
  });

  it('prefers the longer word where two overlap, and gives back the text whole', () => {
    expect(marked('whales and a whale', 'whale whales')).toBe('[whales] and a [whale]');
    const text = 'Ünïcode İstanbul straße';
    const parts = highlightParts(text, parseQuery('istanbul STRASSE ünï'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Ünï']);
  });

  it('gives the text as one unmarked part without a query, and nothing for no text', () => {
    expect(highlightParts('plain', parseQuery(''))).toEqual([{ text: 'plain', hit: false }]);
    expect(highlightParts('', parseQuery('x'))).toEqual([]);
  });
});
