// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): bodies named by a short form that no list held. */
describe('bodies known by a short form', () => {
  it('takes "the GOP" and "the Islamic State" for bodies without context', () => {
    const n = names(
      'Two electors bucked the GOP ticket. He said he knew more than the generals about ' +
        'battling the Islamic State ― they “don’t know much.”',
    );
    expect([...n.organizations].sort()).toEqual(['GOP', 'Islamic State']);
  });
});

/** Round 18 (issue 14): agencies, groups and pollsters named bare, from a maintained list. */
describe('well-known bodies named without a word about them', () => {
  it('takes agencies by their letters and groups by their names for bodies', () => {
    const n = names(
      'The money went to the EPA and the IRS, and to Planned Parenthood and the ACLU, Gallup found.',
    );
    expect(n.organizations).toEqual(['ACLU', 'EPA', 'Gallup', 'IRS', 'Planned Parenthood']);
  });

  it('does not take a company named by a common word for a body without evidence', () => {
    expect(names('Shoppers left Target for Zoom calls.').organizations).toEqual([]);
  });
});
