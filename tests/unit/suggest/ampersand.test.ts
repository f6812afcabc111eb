// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): an ampersand inside a name. */
describe('an ampersand between capitalised words', () => {
  it('keeps a party’s name whole', () => {
    const n = names('Voters backed the Unity & Renewal Party on Sunday, officials said.');
    expect(n.organizations).toEqual(['Unity & Renewal Party']);
  });

  it('makes a firm of partners’ names, not a person', () => {
    const n = names(
      'The memoir was published in May by Gerald Brell & Tamsin, editor Dana Kiley said.',
    );
    expect(n.people).toEqual(['Dana Kiley']);
    expect(n.organizations).toEqual(['Gerald Brell & Tamsin']);
  });
});
