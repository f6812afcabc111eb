// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): an acronym of the first words of a longer body's name. */
describe('an acronym that spells the leading words of a body’s name', () => {
  it('is the body those words name', () => {
    const n = names(
      'The Allied Nations Trade Council approved a new tariff. Members will join the A.N. ' +
        'mission next year, officials said.',
    );
    expect(n.organizations).toEqual(['A.N.', 'Allied Nations Trade Council']);
  });

  it('is not a place’s abbreviation, nor an acronym that spells no body', () => {
    const n = names(
      'The South Dakota Farmers Union met in May. SD roads were shut. The QX plan stalled.',
    );
    expect(n.organizations).toEqual(['South Dakota Farmers Union']);
  });
});
