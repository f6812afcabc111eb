// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 7 (issue 14), each on a synthetic sentence: where a name's "of …" chain ends. */
describe('"of" chains inside a name', () => {
  it('keeps "of the …" after ordinary words that name nothing alone', () => {
    const n = names(
      'The study appeared in Weekly Notices of the Ulmar Geological Society on Monday. ' +
        'Staff of the Brantis Council said so.',
    );
    expect(n.organizations).toEqual([
      'Brantis Council',
      'Weekly Notices of the Ulmar Geological Society',
    ]);
  });

  it('goes on with a chain that a head word opened, up to a place', () => {
    const n = names(
      'The Public Defender’s Office for the Northern District of Varlen declined to comment, ' +
        'and Jamie Werner of Quellbank said so.',
    );
    expect(n.organizations).toContain(
      'Public Defender’s Office for the Northern District of Varlen',
    );
    expect(n.people).toEqual(['Jamie Werner']);
  });

  it('takes no contraction for a name, whatever verb follows it', () => {
    const n = names('“Look what I’ve delivered,” Dana Kiley said. “We’re sold out,” she added.');
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Dana Kiley']);
  });

  it('keeps one plain word after "and" inside a head word’s phrase', () => {
    const n = names(
      'The study was funded by the Varlen-Kell Alliance for Research and Technology, officials said.',
    );
    expect(n.organizations).toEqual(['Varlen-Kell Alliance for Research and Technology']);
  });

  it('splits "X and Y Corp." when Y is an acronym or a name of two words', () => {
    const n = names(
      'Lawmakers urged firms to stop working with Quellcom and ZRT Corp., and Quellcom and ' +
        'Varlen Radio Systems Inc had sued each other. Quellcom denied it. Bausch and Lomb Inc. ' +
        'declined to comment.',
    );
    expect(n.organizations).toEqual([
      'Bausch and Lomb Inc.',
      'Quellcom',
      'Varlen Radio Systems Inc',
      'ZRT Corp.',
    ]);
  });
});

describe("a paper's name", () => {
  it('keeps its last word after a head word', () => {
    const n = names('Officials told the Quellan Financial Review on Monday that it was so.');
    expect(n.organizations).toEqual(['Quellan Financial Review']);
  });
});

describe('a paper written with its capital "The"', () => {
  it('is an organisation inside a sentence, whole', () => {
    const n = names(
      'The charity declined to give numbers to The Daily Quellbeast, and documents went to The ' +
        'Varlen Guardian last month.',
    );
    expect(n.organizations).toEqual(['Daily Quellbeast', 'Varlen Guardian']);
  });
});

/** Rule of round 11: "and" before a plural owner's head word. */
describe('"and" inside a name', () => {
  it('keeps the word before "and" when a plural owner and its head word follow', () => {
    const n = names(
      'Dana Kiley, a neurologist at Boston and Women’s Hospital, said the results were clear.',
    );
    expect(n.organizations).toEqual(['Boston and Women’s Hospital']);
  });
});

/** Rule of round 11: a person's full name never goes on with "for". */
describe('"for" after a person’s name', () => {
  it('cuts the run after the name', () => {
    const n = names(
      'The mayor praised safety Dana Kiley for the Varlen Bowl’s only interception, though he ' +
        'noted Kiley was tired. The Center for Quell Studies agreed.',
    );
    expect(n.people).toEqual(['Dana Kiley']);
    expect(n.organizations).toEqual(['Center for Quell Studies']);
  });
});

/** Rule of round 15 (issue 14): a journal named for its society. */
describe('a journal’s plural word before "of the"', () => {
  it('keeps the society’s name in the journal’s', () => {
    const n = names(
      'It was described in the Proceedings of the Varlen Academy of Sciences journal, Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Proceedings of the Varlen Academy of Sciences']);
  });

  it('keeps the word after the society’s head in a journal’s name', () => {
    const n = names(
      'It was published in the Journal of the Varlen Society Interface, Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Journal of the Varlen Society Interface']);
  });
});
