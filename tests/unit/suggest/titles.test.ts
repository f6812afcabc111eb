// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 5 (issue 14), each on a synthetic sentence: titles and roles before a name. */
describe('titles and roles written before a name', () => {
  it('knows abbreviated titles by their bare key: "Gov.", "Rep.", "Lt. Col."', () => {
    const n = names(
      'In Ulmar, Varlen Gov. Dorian Quell has made the most visits. Rep. Talia Brund disagreed, ' +
        'and Lt. Col. Mira Osk said so too.',
    );
    expect(n.people).toEqual(['Dorian Quell', 'Mira Osk', 'Talia Brund']);
    expect(n.organizations).toEqual([]);
  });
});
