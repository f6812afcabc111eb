// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames } from './helpers';

/*
 * Round 22: kinds of error that held-out-21 (after its one measurement) and held-out-22 (after its
 * two) showed once read, each tried here on invented sentences.
 */
describe('names round 22 learned from held-out-21 and -22', () => {
  it('drops "Former" opening a sentence from the body it describes', () => {
    expect(
      suggestedNames('Former Quellan Defense Council official Marta Ruiz told investigators so.')
        .organizations,
    ).toEqual(['Quellan Defense Council']);
  });

  it('cuts "and" between a body and a person named by first name and surname', () => {
    const found = suggestedNames(
      'The letter went to Dana Kell, the acting director of the Department of Coastal Security and ' +
        'Peter Varn, the agency secretary, on Monday.',
    );
    expect(found.organizations).toEqual(['Department of Coastal Security']);
    expect(found.people).toEqual(['Dana Kell', 'Peter Varn']);
  });

  it('keeps "and" in a body whose phrase ends in a common word', () => {
    expect(
      suggestedNames('Officials at the Department of Health and Mental Hygiene said so.')
        .organizations,
    ).toEqual(['Department of Health and Mental Hygiene']);
  });

  it('reads a keeper before a name as a player', () => {
    expect(
      suggestedNames('The club paid a record fee for Drovna keeper Ilkor Zubeldia on Monday.')
        .people,
    ).toEqual(['Ilkor Zubeldia']);
  });

  it('takes a name with its ticker in brackets for a company', () => {
    const found = suggestedNames(
      'The stock has slid, and peer Brantley’s (BRN) stock is off too. Shares of Quorvo (NYSE: QRV) rose.',
    ).organizations;
    expect(found).toContain('Brantley');
    expect(found).toContain('Quorvo');
  });

  it('does not take a short form in brackets for a ticker', () => {
    const found = suggestedNames(
      'Astronomers used the Atacama Large Millimeter/submillimeter Array (ALMA) telescope. ' +
        'Rep. Dana Kell (DK) spoke.',
    );
    expect(found.organizations).not.toContain('Array');
    expect(found.people).toEqual(['Dana Kell']);
  });

  it('cuts a country off the person whose post it names', () => {
    expect(
      suggestedNames('The former U.S. ambassador to Ukraine Dana Kellow testified on Friday.')
        .people,
    ).toEqual(['Dana Kellow']);
  });

  it('cuts a country off the body whose adviser on it is named', () => {
    const found = suggestedNames(
      'Former White House Russia adviser Lena Ortiz testified. A Pentagon China expert agreed.',
    );
    expect(found.organizations).toEqual(['Pentagon', 'White House']);
  });

  it('keeps a country inside a body’s own name', () => {
    expect(
      suggestedNames('Bank of China analyst Wu Lei said shares of the Quellan Korea unit fell.')
        .organizations,
    ).toContain('Bank of China');
  });

  it('reads a ministry’s area between a country and a title as the title’s', () => {
    const found = suggestedNames(
      'Officials said U.S. Defense Secretary Dana Kellow arrived on Tuesday.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.people).toEqual(['Dana Kellow']);
  });

  it('reads a name with a player’s numbers as a player, however unknown its first name', () => {
    const found = suggestedNames(
      'Ilkor Zubeldia stopped 27 shots. Tarvo Mennik made 25 saves, and Aune Kallio’s second goal won it.',
    );
    expect(found.people).toEqual(['Aune Kallio', 'Ilkor Zubeldia', 'Tarvo Mennik']);
  });

  it('does not take a body’s numbers for a player’s', () => {
    expect(suggestedNames('Quellan Systems made 25 acquisitions last year.').people).toEqual([]);
  });
});
