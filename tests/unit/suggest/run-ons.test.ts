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
