// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 13 (issue 14), each on a made-up sentence: where one name ends and the next begins. */
describe('names cut apart or kept whole', () => {
  it('ends a name at a web address before "and" ("Varl.com and Varl Network")', () => {
    const n = names('The preview show airs on Varl.com and Varl Network tonight.');
    expect(n.organizations).toEqual(['Varl Network', 'Varl.com']);
  });

  it('keeps capitalised number words that open a name inside a sentence ("Fifth Third Bancorp")', () => {
    const n = names(
      'Regional banking company Seventh Ninth Bancorp said its income rose. Analysts at ' +
        'Ulmar-based Seventh Ninth agreed, and First Lady Dara Venn spoke.',
    );
    expect(n.organizations).toEqual(['Seventh Ninth Bancorp']);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('takes a bank holding company\'s head word for an organisation\'s ("Peoples Bancorp")', () => {
    const n = names('Vrellers Bancorp on Thursday reported third quarter earnings.');
    expect(n.organizations).toEqual(['Vrellers Bancorp']);
  });

  it('takes the place a body is based in for a place ("the Auburn-based company")', () => {
    const n = names('Vrell Tam, president, said the Quellmoor-based company prepaid some loans.');
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Vrell Tam']);
  });

  it("takes a known company's wireless or communications arm for a company, not a product", () => {
    const n = names(
      'Sony Wireless, the largest carrier, said on Monday it will join Sony Communications.',
    );
    expect(n.organizations).toEqual(['Sony Communications', 'Sony Wireless']);
  });

  it('keeps a demonym before one ordinary singular word ("American Express"), not before a plural', () => {
    const n = names(
      'Analysts at American Express said so on Monday. Tunisian Islamists disagreed.',
    );
    expect(n.organizations).toEqual(['American Express']);
  });

  it('takes two words listed among known companies for a company ("Credit Suisse")', () => {
    const n = names('It stole from Citigroup, Ferrel Vantage, PayPal and HSBC.');
    expect(n.organizations).toContain('Ferrel Vantage');
  });

  it('takes a name joined by "and other" to a plural of bodies for one of them', () => {
    const n = names('The agency is working closely with Quellpol and other overseas authorities.');
    expect(n.organizations).toEqual(['Quellpol']);
  });

  it('leaves "No" before a number off the name before it ("Dara Venn No 1")', () => {
    const n = names('The complaint names the ringleader as Dara Venn No 1, who goes by an alias.');
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('keeps "and" and one common noun after a head\'s phrase ("Centers for Disease Control and Prevention")', () => {
    const n = names(
      'Officials at the Centres for Varlen Control and Prevention said so. The University of ' +
        'North Texas and Quellmont agreed.',
    );
    expect(n.organizations).toEqual([
      'Centres for Varlen Control and Prevention',
      'Quellmont',
      'University of North Texas',
    ]);
  });

  it('folds a body\'s name cut before its last "and …", with its country or without, into the whole', () => {
    const n = names(
      'Officials at the Centres for Varlen Control and Prevention said so. The U.S. Centres for ' +
        'Varlen Control warned on Monday that the Centres for Varlen Control would act.',
    );
    expect(n.organizations).toEqual(['Centres for Varlen Control and Prevention']);
  });

  it('keeps a capital "The" after the word that opens the sentence, and reads verbs past adverbs', () => {
    const n = names(
      'The stroll still amazes. As The Quellion famously once said in a headline, man walks on moon.',
    );
    expect(n.organizations).toEqual(['The Quellion']);
  });

  it('starts a second name after an acronym and "and" ("the IDF and Border Police")', () => {
    const n = names('Protesters clashed with the QDF and Varlen Police, and the QDF responded.');
    expect(n.organizations).toEqual(['QDF', 'Varlen Police']);
  });

  it('folds a name followed by a longer name\'s head in lower case into it ("the Balad party")', () => {
    const n = names(
      'Dara Venn, secretary-general of the Quellad Party, spoke. Venn said that the Quellad party ' +
        'would change the future.',
    );
    expect(n.organizations).toEqual(['Quellad Party']);
  });

  it('takes "a <name> network" for a kind of network, "the <name> party" for a body', () => {
    const n = names(
      'The user was choosing a Quellfi network. Dara Venn joined the Varnahda party.',
    );
    expect(n.organizations).toEqual(['Varnahda']);
  });

  it('takes a name the article gives its region after for a place ("the Cupertino, Calif., company")', () => {
    const n = names(
      'Apple allows the Varlington, Calif., company to sell the books. Dara Venn, a ' +
        'psychologist in Brennow, Germany, said so. Lotfi Azzouz, Tunisia director for Apple, agreed.',
    );
    expect(n.organizations).not.toContain('Varlington');
    expect(n.organizations).not.toContain('Brennow');
    expect(n.people).toEqual(['Dara Venn', 'Lotfi Azzouz']);
  });

  it('takes a title with its own "The" after "in" for where a finding was printed', () => {
    const n = names(
      'Patients need a lower dose, the researchers report online June 4 in The Quellcet. Dara ' +
        'Venn read it in The Hobbit.',
    );
    expect(n.organizations).toEqual(['The Quellcet']);
  });
});
