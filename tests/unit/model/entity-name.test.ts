import { describe, expect, it } from 'vitest';
import { normalizeEntityName } from '../../../utils/model/entity-name';

describe('normalizeEntityName', () => {
  it.each([
    ["Worker's Daily", 'Worker Daily'],
    ['Worker’s Daily', 'worker daily'],
    ['Wang Jun', 'wang  jun'],
    ['Wang Jun', ' WANG\tJun\n'],
    ['ＷＡＮＧ　Ｊｕｎ', 'Wang Jun'], // full-width letters and ideographic space (NFKC)
    ['José Núñez', 'Jose Nunez'],
    ['U.S. Steel', 'US Steel'],
    ['Jean-Luc Picard', 'Jean Luc Picard'],
    ['"Shaanxi Federation of Trade Unions"', 'Shaanxi Federation of Trade Unions'],
    ['Baoji, Shaanxi', 'Baoji Shaanxi'],
  ])('%j and %j are the same entity', (a, b) => {
    expect(normalizeEntityName(a)).toBe(normalizeEntityName(b));
  });

  it('produces the documented key', () => {
    expect(normalizeEntityName("  Worker's   Daily ")).toBe('worker daily');
    expect(normalizeEntityName('Shaanxi Federation of Trade Unions')).toBe(
      'shaanxi federation of trade unions',
    );
    expect(normalizeEntityName('AT&T')).toBe('at&t');
  });

  it.each([
    ['Wang Jun', 'Wang Juan'],
    ['Workers Daily', 'Worker Daily'], // a plural is another word, not a possessive
    ['が', 'か'], // dakuten are meaning, not decoration
    ['Shaanxi', 'Shanxi'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeEntityName(a)).not.toBe(normalizeEntityName(b));
  });

  it('keeps CJK and Hangul names intact', () => {
    expect(normalizeEntityName('王军')).toBe('王军');
    expect(normalizeEntityName('한국노총')).toBe('한국노총');
  });

  it('only drops a possessive at the end of a word', () => {
    expect(normalizeEntityName("Sam's Club")).toBe('sam club');
    expect(normalizeEntityName("O'Shea")).toBe('oshea');
  });
});
