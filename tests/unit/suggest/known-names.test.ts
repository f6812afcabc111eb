// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules from held-out-15's errors (issue 14), each on a made-up sentence. */
describe('names known without the sentence saying what they are', () => {
  it('takes a philosopher or a playwright cited by one name for a person (one-name-people.ts)', () => {
    const n = names(
      'In The Republic, Plato tells a parable in which Socrates praises solitude. Even Shakespeare wrote of grief.',
    );
    expect(n.people).toEqual(['Plato', 'Shakespeare', 'Socrates']);
  });

  it('takes a university known by one name for the university ("a study conducted at Yale")', () => {
    const n = names('In a study conducted at Yale, graduate students rated their understanding.');
    expect(n.organizations).toEqual(['Yale']);
  });

  it('takes "The New Yorker" inside a sentence for the magazine', () => {
    const n = names('In 1961, The New Yorker commissioned Dara Venn to cover the trial.');
    expect(n.organizations).toEqual(['New Yorker']);
  });

  it('takes "Bill", "Frank" or "Ray" before an unknown word for a first name, without a saying verb', () => {
    const n = names('He met Bill Quellery on Monday, and later Frank Dorrance. Art Deco returned.');
    expect(n.people).toEqual(['Bill Quellery', 'Frank Dorrance']);
  });
});
