// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isBlendOf } from '../../../utils/suggest/blends';
import { suggest } from '../../../utils/suggest';

/** Rule of round 15 (issue 14): a name blended from the starts of a body's words. */
describe('blended names', () => {
  it('reads the starts of a name’s words, the first word first', () => {
    const words = (s: string) => s.split(' ');
    expect(isBlendOf('caltech', words('california institute of technology'))).toBe(true);
    expect(isBlendOf('interpol', words('international criminal police organization'))).toBe(true);
    // Not a word of the name itself, nor starts out of order or too short.
    expect(isBlendOf('google', words('google glass'))).toBe(false);
    expect(isBlendOf('techcal', words('california institute of technology'))).toBe(false);
    expect(isBlendOf('cait', words('california institute of technology'))).toBe(false);
  });

  it('folds the blend into the body the article names in full', () => {
    const r = suggest({
      text:
        'Work is done at the Varlandia Institute of Technology in Pasadena. Data are kept at ' +
        'Vartech. Vartech manages the lab, Dara Venn said.',
    });
    if (!r.supported) throw new Error(r.reason);
    expect(r.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Varlandia Institute of Technology', 3],
    ]);
  });
});
