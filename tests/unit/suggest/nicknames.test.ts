// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): teams written "the <nickname>" on a page that names a team. */
describe('a nickname after “the”', () => {
  const page =
    'The Denver Quellers beat the Surge on Sunday. The Surge made the Finals twice before, ' +
    'and only the Otters and Varlons have won more. Dana Kiley left the Quellers in May.';

  it('is a team when the page names a team by its city: a plural, or a word written so twice', () => {
    expect(names(page).organizations).toEqual(['Denver Quellers', 'Otters', 'Surge', 'Varlons']);
  });

  it('is not a team on a page that names none, nor when a company or a paper is the “team”', () => {
    const plain = page.replace(/Denver Quellers/, 'storm');
    expect(names(plain).organizations).toEqual([]);
    const firm = 'Phoenix Technologies made the Surge. The Surge and the Otters met again.';
    expect(names(firm).organizations).toEqual(['Phoenix Technologies']);
  });

  it('is no team written once in the singular, nor an event', () => {
    const n = names('The Denver Quellers lost in the Finals. The Surge came later.');
    expect(n.organizations).toEqual(['Denver Quellers']);
  });
});

describe('a team named by its roles and by its city', () => {
  it('is one team', () => {
    const n = names(
      'Quellers coach Dana Kiley smiled. The Denver Quellers won, and Quellers fans cheered.',
    );
    expect(n.organizations).toEqual(['Denver Quellers']);
  });
});
