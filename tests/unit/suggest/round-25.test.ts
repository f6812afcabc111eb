// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames } from './helpers';

/*
 * Round 25: kinds of error held-out-24's pages showed once they became tuning data, each tried
 * here on invented sentences.
 */
describe('names round 25', () => {
  it('joins a magazine’s title and its name with "Magazine"', () => {
    expect(
      suggestedNames('Quellmark reported the sale. The story ran in Quellmark Magazine in 2017.')
        .organizations,
    ).toEqual(['Quellmark Magazine']);
  });

  it('finds a panel on a subject', () => {
    expect(
      suggestedNames('A report by the Intergovernmental Panel on Ocean Warming said seas rose.')
        .organizations,
    ).toEqual(['Intergovernmental Panel on Ocean Warming']);
  });

  it('leaves "NGO" off the name it describes, and suggests no lone "NGOs"', () => {
    expect(
      suggestedNames('It was revealed by the NGO Quellan Rights Watch. NGOs said so.')
        .organizations,
    ).toEqual(['Quellan Rights Watch']);
  });

  it('takes a name with a nickname in quotes for a person’s, whatever names surround it', () => {
    expect(
      suggestedNames(
        'The jungler Quon “Vesk” Ha-rim carried game four, and Tal “Orin” Bo-yeon agreed.',
      ).people,
    ).toEqual(['Quon “Vesk” Ha-rim', 'Tal “Orin” Bo-yeon']);
    expect(
      suggestedNames('The fans cheered when the team locked in Yorel for Quon “Vesk” Ha-rim.')
        .people,
    ).toEqual(['Quon “Vesk” Ha-rim']);
  });

  it('ends a team’s name with "Gaming" or "Esports"', () => {
    expect(
      suggestedNames('Quellan Gaming beat Vorlen Esports in the final on Sunday.').organizations,
    ).toEqual(['Quellan Gaming', 'Vorlen Esports']);
  });

  it('leaves out the site’s call to follow it and its note on affiliate links', () => {
    const found = suggestedNames(
      'Quellan Gaming won the final. Follow Ostra News on Facebook and Twitter for more. Just a ' +
        'heads up, some of the links on Ostra News are affiliate links.',
    );
    expect(found.organizations).toEqual(['Quellan Gaming']);
  });

  it('takes a list after "companies … like" for companies when a few words qualify the plural', () => {
    expect(
      suggestedNames(
        'It grew thanks to companies making drone systems, like Vorlex, Tandiru, and Quellmar Group.',
      ).organizations.sort(),
    ).toEqual(['Quellmar Group', 'Tandiru', 'Vorlex']);
    expect(
      suggestedNames(
        'Police and other organisations in countries including Vorlex and Tandiru helped.',
      ).organizations,
    ).toEqual([]);
  });

  it('finds a journal of four words where a paper was published', () => {
    expect(
      suggestedNames('In a new paper published in Quellan Open Climate Change, he warns of it.')
        .organizations,
    ).toEqual(['Quellan Open Climate Change']);
  });

  it('keeps a model-like word in a team’s name when a head word ends it', () => {
    expect(suggestedNames('At Worlds, the side lost to Q7 Esports 3-1.').organizations).toEqual([
      'Q7 Esports',
    ]);
  });

  it('suggests no book’s title after "author of"', () => {
    expect(
      suggestedNames('Dana Kell, author of The Quellan Laboratory, said so.').organizations,
    ).toEqual([]);
  });
});
