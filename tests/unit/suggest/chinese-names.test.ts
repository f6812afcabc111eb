// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isChineseName } from '../../../utils/suggest/chinese-names';
import { suggestedNames as names } from './helpers';

/** Rule of round 7 (issue 14): East Asian names written given name first, with a hyphen. */
describe('hyphenated given names', () => {
  it('takes two short syllables joined by a hyphen, then a family name, for a person', () => {
    expect(isChineseName(['Sui-Lee', 'Wee'])).toBe(true);
    expect(isChineseName(['Rolls-Royce', 'Motors'])).toBe(false);
    const n = names('For the Ulmar Post, Xiu-Mei Oskar reports that officials closed the market.');
    expect(n.people).toEqual(['Xiu-Mei Oskar']);
  });
});
