// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): a university's campus or city after its name. */
describe('a campus after a university’s name', () => {
  it('stays in the name after a comma', () => {
    const n = names('Scientists at the University of Westland, Marrowby found the gene in 2012.');
    expect(n.organizations).toEqual(['University of Westland, Marrowby']);
  });

  it('stays in the name after an institution’s “at”, even before “and”', () => {
    const n = names(
      'Dana Kiley, of the Westland Southern Medical Center at Dallas and author of the study, agreed.',
    );
    expect(n.organizations).toEqual(['Westland Southern Medical Center at Dallas']);
  });

  it('is no campus when it is a country or a state, which says where the university is (round 15)', () => {
    const n = names(
      'Writes author Dara Venn, of the Technical University of Marrowby, Germany, “adult brains change.” ' +
        'Mira Osk of the University of Westland, Texas, agreed.',
    );
    expect(n.organizations).toEqual(['Technical University of Marrowby', 'University of Westland']);
  });

  it('is no campus when a list goes on after it', () => {
    const n = names('The University of Westland, Marrowby and Stanford signed the pact.');
    expect(n.organizations).not.toContain('University of Westland, Marrowby');
  });
});

/** Rule of round 13 (issue 14): "<place> A&M" is a college. */
describe('A&M colleges', () => {
  it('takes a place before "A&M" for a college, with no other evidence', () => {
    const n = names('Dara Venn signed to play football at Florida A&M next year.');
    expect(n.organizations).toEqual(['Florida A&M']);
  });
});

/** Rule of round 14 (issue 14): "<state> State" is a college, unless the sentence is in it. */
describe('state colleges', () => {
  it('takes a state before "State" for a college, but not where something is in it', () => {
    const n = names(
      'Dara Venn coached at Oregon State before Nevada State’s Mira Osk hired him. He lives in ' +
        'Washington State.',
    );
    expect(n.organizations).toEqual(['Nevada State', 'Oregon State']);
  });
});
