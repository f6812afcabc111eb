// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 17 (issue 14): the outlets a story cites, which no sentence marks as bodies. */
describe('a news outlet the story cites', () => {
  it('is an organisation by its name alone, whatever its words are ("Fair")', () => {
    const n = names('He kept a gun in his office, according to Vanity Fair, Dana Kiley said.');
    expect(n.organizations).toEqual(['Vanity Fair']);
  });

  it('is an organisation by a word’s name only after a capital “The”', () => {
    expect(names('Dana Kiley told The Guardian that the plan failed.').organizations).toEqual([
      'The Guardian',
    ]);
    expect(names('The sun rose over the Hill as Dana Kiley spoke.').organizations).toEqual([]);
    expect(names('Dana Kiley spoke to the Sun about it.').organizations).toEqual([]);
  });
});

/** Round 20 (issue 14): a listed name is one name, whatever words it holds. */
describe('a listed outlet or body written whole', () => {
  it('keeps "Globe and Mail" and "Le Monde" whole, and takes broadcasters abroad', () => {
    const n = names(
      'Jane Doe told Le Monde that it was over. The story ran in the Globe and Mail, and ' +
        'Voice of America said Live Nation agreed, El País reported.',
    );
    expect(n.organizations).toEqual([
      'El País',
      'Globe and Mail',
      'Le Monde',
      'Live Nation',
      'Voice of America',
    ]);
  });
});
