// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): a person's family name run on into a body's name across a small word. */
describe('family names run on into a body', () => {
  it('splits "<family name> for the <body>" when the article names the person in full', () => {
    const n = names(
      'Garrick Dorwin met the board on Sunday. Aides slammed the flirtation with Dorwin for ' +
        'the Quellan Department as an insult.',
    );
    expect(n.organizations).toEqual(['Quellan Department']);
    expect(n.people).toEqual(['Garrick Dorwin']);
  });

  it('splits "<family name> and <body>"', () => {
    const n = names(
      'Garrick Dorwin ran the channel. I heard rumors of Dorwin and Quellan News staff.',
    );
    expect(n.organizations).toEqual(['Quellan News']);
  });

  it('keeps a firm named for its partners whole', () => {
    const n = names('Garrick Dorwin hired Dorwin and Kell LLC to sue.');
    expect(n.organizations).toEqual(['Dorwin and Kell LLC']);
  });
});

/** Round 17 (issue 14): a party's member sits on a body; the two are not one name. */
describe('a party member “on” a body', () => {
  it('leaves the body its own name', () => {
    const n = names(
      'The request alarmed Dana Kiley, the ranking Democrat on the House Quellan and Varlen Committee.',
    );
    expect(n.organizations).toEqual(['House Quellan and Varlen Committee']);
  });
});

/** Round 17 (issue 14): "then-", "ex-", "anti-" before a name are not the name's. */
describe('a lower-case prefix joined to a name', () => {
  it('is cut off: the name starts after its hyphen', () => {
    const n = names('Dana Kiley bid for a helmet signed by then-Denver Quellers coach Rob Varlen.');
    expect(n.organizations).toEqual(['Denver Quellers']);
  });
});

/** Round 18 (issue 14): a person's possessive before a body of head words only. */
describe('a family name’s possessive before a body', () => {
  it('gives the body without its owner when the article names the owner in full', () => {
    const n = names(
      'Garrick Dorwin picked his team on Friday. Dorwin’s Securities and Exchange Commission ' +
        'chairman will be Dara Venn.',
    );
    expect(n.organizations).toEqual(['Securities and Exchange Commission']);
    expect(n.people).toEqual(['Dara Venn', 'Garrick Dorwin']);
  });
});
