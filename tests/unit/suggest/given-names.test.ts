// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): given names of people in the news that no lexicon holds. */
describe('given names the lexicons lack', () => {
  it('opens a person’s name with "Elon", "Satya" or "Lee" before an unknown family name', () => {
    const n = names(
      'The launch was delayed, Elon Quarrow told investors. Satya Dremmel agreed, ' +
        'and so did Lee Ottwell at the meeting.',
    );
    expect([...n.people].sort()).toEqual(['Elon Quarrow', 'Lee Ottwell', 'Satya Dremmel']);
  });

  it('takes "Dick" before an unknown word for a first name, without a saying verb', () => {
    const n = names('Clashes with Republican men, including Dick Quarrendon, followed.');
    expect(n.people).toEqual(['Dick Quarrendon']);
  });
});
