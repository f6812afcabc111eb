// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames } from './helpers';

/*
 * Round 23: kinds of error the tuning pages still show, each tried here on invented sentences.
 */
describe('names round 23', () => {
  it('names a government’s body without the country wire copy puts before it', () => {
    const found = suggestedNames(
      'A former U.S. Bureau of Coastal Mapping official said the U.S. Quellan Review Agency knew.',
    ).organizations;
    expect(found).toContain('Bureau of Coastal Mapping');
    expect(found).toContain('Quellan Review Agency');
  });

  it('keeps the country of a body that is no government’s', () => {
    const found = suggestedNames(
      'Shares of U.S. Quellan Steel Corp. rose after the U.S. Navy ordered more.',
    ).organizations;
    expect(found).toContain('U.S. Quellan Steel Corp.');
    expect(found).toContain('U.S. Navy');
  });

  it('reads both sides of a roundup’s result line as teams', () => {
    const found = suggestedNames(
      'The NHL had six games on Tuesday. Hornets 4, Gulls 2: Ilkor Zubeldia scored twice and the ' +
        'Gulls lost again. Comets 3, Badgers 1: Tarvo Mennik made 30 saves.',
    ).organizations;
    expect(found).toEqual(expect.arrayContaining(['Badgers', 'Comets', 'Gulls', 'Hornets']));
  });

  it('does not read a result line off a sports page', () => {
    expect(suggestedNames('Markets 4, Banks 2: the tally was close.').organizations).toEqual([]);
  });

  it('cuts a known city off a university not named for a state', () => {
    const found = suggestedNames(
      'Dana Kell of the University of Quellmark, Tokyo said so. Tarvo Mennik of the University of ' +
        'Texas, Austin agreed.',
    ).organizations;
    expect(found).toContain('University of Quellmark');
    expect(found).toContain('University of Texas, Austin');
  });

  it('joins a clipped name to the body written with its country first', () => {
    expect(
      suggestedNames(
        'The U.S. Quellan Reserve held rates on Tuesday. Traders expect the Quell to cut in June, ' +
          'and the Quell said so.',
      ).organizations,
    ).toEqual(['Quellan Reserve']);
  });

  it('cuts two companies joined by "and" when the first is named on its own', () => {
    const found = suggestedNames(
      'Quellan Co. won the contract. Analysts said Quellan and Varlen Corp were bidding for the ' +
        'next one, and Varlen Corp declined to comment.',
    ).organizations;
    expect(found).toContain('Quellan Co.');
    expect(found).toContain('Varlen Corp');
    expect(found).not.toContain('Quellan and Varlen Corp');
  });

  it('keeps "and" in a firm’s name whose first word is not named alone', () => {
    expect(
      suggestedNames('Shares of Marrow and Tessel Inc. rose on Monday.').organizations,
    ).toEqual(['Marrow and Tessel Inc.']);
  });

  it('counts a name with a firm’s suffix as a company in a list', () => {
    expect(
      suggestedNames('New bidders - Tarn Orbital, Quellan Space Corporation and SpaceX - joined.')
        .organizations,
    ).toEqual(['Quellan Space Corporation', 'SpaceX', 'Tarn Orbital']);
  });

  it('keeps a place’s formal name whole, its "of" phrase no body', () => {
    const found = suggestedNames(
      'Voters in the District of Quellmark agreed, as did the Kingdom of Varlen Tessa. ' +
        'Dana Kell teaches at Quellmark University.',
    ).organizations;
    expect(found).toEqual(['Quellmark University']);
  });

  it('takes a league’s conference for a body', () => {
    expect(
      suggestedNames('At 3-8, including 1-6 in the AFC and 0-4 in AFC West, the team is out.')
        .organizations,
    ).toContain('AFC');
  });

  it('keeps a Chinese given name that is also a pronoun', () => {
    const found = suggestedNames(
      'The talks were led by Vice Premier Zhao He, officials said. Dana Kell met Wang Jun. He agreed.',
    );
    expect(found.people).toEqual(['Dana Kell', 'Wang Jun', 'Zhao He']);
  });

  it('takes a country’s market for its economy, no body', () => {
    const found = suggestedNames(
      'Quellan Motors sells more sedans to customers in the U.S. Market than in the European ' +
        'Market, and Tessel Farmers Market agreed.',
    ).organizations;
    expect(found).not.toContain('U.S. Market');
    expect(found).not.toContain('European Market');
    expect(found).toContain('Quellan Motors');
  });
});
