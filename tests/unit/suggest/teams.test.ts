// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 11 (issue 14): a team named by its nickname alone. */
describe('a team by its nickname', () => {
  it('takes a plural that a club’s officer and a name follow for the team, opening a sentence too', () => {
    const n = names(
      'The mayor honored the champion Varlons on Monday. Varlons executive Dana Kiley gave him a ' +
        'jersey, and later Varlons owner Mira Osk spoke.',
    );
    expect(n.organizations).toEqual(['Varlons']);
    expect(n.people).toEqual(['Dana Kiley', 'Mira Osk']);
  });

  it('takes a plural whose fans are spoken of for a team, but not a party’s voters', () => {
    const n = names(
      'The coach thanked the Quellers fans after the game. Varlons fans cheered. Republicans ' +
        'voted no.',
    );
    expect(n.organizations).toEqual(['Quellers', 'Varlons']);
  });

  it('takes a first name and a nickname a team’s officer follows for the team (round 14)', () => {
    const n = names(
      'The league approved the Charlotte Quellcats’ petition to change the name. Quellcats owner ' +
        'Dara Venn thanked the board, and the Quellcats released a statement.',
    );
    expect(n.organizations).toEqual(['Charlotte Quellcats']);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('takes a plural whose games are spoken of for a team (round 14)', () => {
    const n = names(
      'Fans boo. If you don’t like it, don’t ever come to a Varlons game, Kiley said.',
    );
    expect(n.organizations).toEqual(['Varlons']);
  });
});

describe('a verb before a club’s officer', () => {
  it('is no team', () => {
    const n = names('“We are proud,” she said. Added owner Dana Kiley: “We are very supportive.”');
    expect(n.organizations).toEqual([]);
  });
});

describe('a team that owns a player’s position', () => {
  it('takes "<name>’s (backup) quarterback" for a team, and no person’s coach', () => {
    const n = names(
      'A year ago, he was Varlen A&M’s backup quarterback. Later he was Quell State’s linebacker. ' +
        'Dana Kiley’s coach said no.',
    );
    expect(n.organizations).toEqual(['Quell State', 'Varlen A&M']);
    expect(n.people).toEqual(['Dana Kiley']);
  });
});
