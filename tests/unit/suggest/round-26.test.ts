// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames } from './helpers';

/*
 * Round 26: kinds of error held-out-25's newswire stories showed once they became tuning data,
 * each tried here on invented sentences.
 */
describe('names round 26', () => {
  it('takes a registered form outside English for a company’s suffix', () => {
    expect(
      suggestedNames(
        'Shares in Quellan AG rose, and Vorlex AB and Tandiru SA fell.',
      ).organizations.sort(),
    ).toEqual(['Quellan AG', 'Tandiru SA', 'Vorlex AB']);
  });

  it('joins a company’s name to its registered form written first', () => {
    expect(
      suggestedNames(
        'The holding companies AB Vorlex and Quellan Group said so. It lifts Vorlex’s stake.',
      ).organizations.sort(),
    ).toEqual(['AB Vorlex', 'Quellan Group']);
  });

  it('finds a high command and a daily named after its noun', () => {
    expect(
      suggestedNames(
        'The Quellan High Command said so, the daily Al-Vorlex reported.',
      ).organizations.sort(),
    ).toEqual(['Al-Vorlex', 'Quellan High Command']);
  });

  it('keeps "and" between two trades inside a business’s name', () => {
    expect(
      suggestedNames(
        'A bond for Quellan Telegraph and Telephone fell; Vorlex Smelting and Refining Co rose.',
      ).organizations,
    ).toEqual(['Quellan Telegraph and Telephone', 'Vorlex Smelting and Refining Co']);
  });

  it('joins a ticker in the wire’s angle brackets to its company', () => {
    expect(
      suggestedNames('Engines came from General Electric Co <GE>, a unit of Vorlex Corp in Ohio.')
        .organizations,
    ).toEqual(['General Electric Co', 'Vorlex Corp']);
  });

  it('reads an age and a role after a firm’s noun as a person’s apposition', () => {
    expect(
      suggestedNames('Prices will fall, said Tarumi Veskada, 35, a steel firm employee.').people,
    ).toEqual(['Tarumi Veskada']);
  });

  it('takes an acronym right after the name it abbreviates for its short form', () => {
    expect(
      suggestedNames('The official Quellan Press Agency QPA said so on Monday.').organizations,
    ).toEqual(['Quellan Press Agency']);
  });

  it('keeps "and Co" inside a firm named for its partners', () => {
    expect(
      suggestedNames('It would lose money, said Jo Veska, analyst with Quarr, Tellan and Co.')
        .organizations,
    ).toEqual(['Quarr, Tellan and Co.']);
  });

  it('takes a first name alone for the one person whose name it opens', () => {
    expect(
      suggestedNames(
        'Sheikh Ali al-Quellan al-Vorlex said there was no plan. Sheikh Ali denied it.',
      ).people,
    ).toEqual(['Ali al-Quellan al-Vorlex']);
  });

  it('takes one unknown word after a minister’s title and its area for a person', () => {
    expect(
      suggestedNames('He said the Mining and Energy Minister Quellmark agreed.').people,
    ).toEqual(['Quellmark']);
  });

  it('takes an acronym after a named kind of body for a body, but not jargon', () => {
    expect(
      suggestedNames('The Iranian news agency QNA, in a report received in London, said so.')
        .organizations,
    ).toEqual(['QNA']);
    expect(
      suggestedNames('The bank will reinvest prepaid agency QBS and debt.').organizations,
    ).toEqual([]);
  });

  it('suggests no country’s companies in the plural, nor a ministry’s area with its title', () => {
    expect(
      suggestedNames(
        'Earnings by major U.S. Corporations rose. Quellan’s Oil Minister, Sheikh Ali Tandu, said so.',
      ).organizations,
    ).toEqual([]);
  });

  it('cuts at "and" after a person’s full name, and takes no product’s "SE" for a company’s', () => {
    const found = suggestedNames(
      'Vorlex met Dana Kellam and International Quellan Fund officials. The Quellbook SE sold out.',
    );
    expect(found.people).toEqual(['Dana Kellam']);
    expect(found.organizations).toEqual(['International Quellan Fund']);
  });
});
