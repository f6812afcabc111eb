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
