import { describe, expect, it } from 'vitest';
import { collapseWhitespace, squashWhitespace } from '../../../../utils/page/anchoring/whitespace';

/** The definitions the fast paths must agree with. */
const byRegex = {
  collapse: (s: string) => s.replace(/\s+/g, ' ').trim(),
  squash: (s: string) => s.replace(/\s+/g, ' '),
};

// Every way a string can be collapsed already or not: runs, edges, and whitespace other than " ".
const SAMPLES = [
  '',
  ' ',
  '  ',
  'a',
  'a b',
  ' a b',
  'a b ',
  'a  b',
  'a\tb',
  'a\nb',
  'a\u00a0b',
  'a\u2009b',
  'a\u3000b',
  'a\ufeffb',
  'a \u00a0b',
  '\u00a0',
  'one two three.',
  ' before the quote ',
  'Straße, “quoted” — ok',
];

describe('collapseWhitespace and squashWhitespace', () => {
  it('agree with the regex definitions on strings that need collapsing and strings that do not', () => {
    for (const s of SAMPLES) {
      expect(collapseWhitespace(s), JSON.stringify(s)).toBe(byRegex.collapse(s));
      expect(squashWhitespace(s), JSON.stringify(s)).toBe(byRegex.squash(s));
    }
  });

  it('keep the spaces at the ends of context, and only there', () => {
    expect(squashWhitespace(' ends a sentence. ')).toBe(' ends a sentence. ');
    expect(squashWhitespace('\n ends\t\ta sentence.\u00a0')).toBe(' ends a sentence. ');
    expect(collapseWhitespace('\n ends\t\ta sentence.\u00a0')).toBe('ends a sentence.');
  });
});
