// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): a consultancy's head word ends an organization's name. */
describe('a name ending in “Intelligence”, “Analytics” or “Consulting”', () => {
  it('is a firm, not a person', () => {
    const n = names(
      'Dana Kiley, an analyst at Teneo Intelligence in London, said so. Marlo Analytics agreed, ' +
        'and Brell Consulting said nothing.',
    );
    expect(n.people).toEqual(['Dana Kiley']);
    expect(n.organizations).toEqual(['Brell Consulting', 'Marlo Analytics', 'Teneo Intelligence']);
  });
});

/** Round 14: a grower's head word too ("Townsend Farms" was a person: Townsend is a first name). */
describe('a name ending in “Farms”', () => {
  it('is a grower, not a person, though its first word is a first name', () => {
    const n = names('Berries came from Dara Farms, which did not return calls, Marlo Venn said.');
    expect(n.people).toEqual(['Marlo Venn']);
    expect(n.organizations).toEqual(['Dara Farms']);
  });
});
