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

/** Round 20 (issue 14): well-known companies named bare, from the same list. */
describe('well-known companies named without a word about them', () => {
  it('takes companies whose names are no ordinary word for bodies', () => {
    const n = names(
      'The talks with Airbus ended, officials said. Critics say Lockheed Martin has not ' +
        'answered, and Robinhood, Quora and Sun Microsystems declined to comment.',
    );
    expect(n.organizations).toEqual([
      'Airbus',
      'Lockheed Martin',
      'Quora',
      'Robinhood',
      'Sun Microsystems',
    ]);
  });

  it('still leaves a company named by a word or a family name to the sentence', () => {
    expect(names('Critics say Tesla and Canon have not answered.').organizations).toEqual([]);
  });
});

/** Round 20 (issue 14): Apple, Amazon, Alphabet capitalised inside a sentence are the companies. */
describe('companies named by an ordinary word that news capitalises', () => {
  it('takes Apple, Amazon and Alphabet inside a sentence for the companies', () => {
    const n = names(
      'Copies sold for $200 on Amazon. Fellow tech powerhouse Apple stepped in, and Alphabet fell.',
    );
    expect(n.organizations).toEqual(['Alphabet', 'Amazon', 'Apple']);
  });

  it('leaves the river, the rainforest and a sentence-opening word alone', () => {
    const n = names(
      'Apple pie is sweet. Fires burned in the Amazon and across the Amazon rainforest.',
    );
    expect(n.organizations).toEqual([]);
  });
});
