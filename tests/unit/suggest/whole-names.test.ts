// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 14 (issue 14), each on a made-up sentence: names kept whole. */
describe('names kept whole', () => {
  it('keeps "and" after a plural head’s phrase: the bodies share the head', () => {
    const n = names(
      'The state, through the Departments of Fisheries and Rural and Coastal Services, declined to comment, ' +
        'Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Departments of Fisheries and Rural and Coastal Services']);
  });

  it('keeps an ordinal in figures and its capitalised word after a head’s "for the"', () => {
    const n = names(
      'A panel of the Quellan Court of Appeals for the 3rd Circuit ruled on Friday, Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Quellan Court of Appeals for the 3rd Circuit']);
  });

  it('offers no initial alone, as in a species cut short to its genus’s initial', () => {
    const n = names(
      'The genome of Q. varlensis is long. That of Q. brannowi contained about 1,500 genes, ' +
        'Dara Venn of Quellmark University said.',
    );
    expect(n.organizations).toEqual(['Quellmark University']);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('folds a name that opens a longer one and is followed by its head in lower case into it', () => {
    const n = names(
      'Dara Venn, a member of the Quellad & Harvest Party, spoke. Venn said the Quellad party’s ' +
        'board will meet on Friday.',
    );
    expect(n.organizations).toEqual(['Quellad & Harvest Party']);
  });
});

/** Rules of round 15 (issue 14): names kept whole. */
describe('names kept whole (round 15)', () => {
  it('keeps a verb that opens a sentence when the name is written with it inside a sentence', () => {
    const n = names(
      'Setting Quell Free, a ministry led by Dara Venn, says it is committed to the app. ' +
        'It was removed, according to a Setting Quell Free representative.',
    );
    expect(n.organizations).toEqual(['Setting Quell Free']);
  });

  it('still drops the verb when the name is never written with it inside a sentence', () => {
    const n = names('Setting Quell Free, a ministry led by Dara Venn, says it is committed.');
    expect(n.organizations).toEqual(['Quell Free']);
  });
});

describe('"for a" after a head word (round 15)', () => {
  it('ends the name before an acronym, which names another body', () => {
    const n = names(
      'Fans will pose on the roof of the Quellan City Main Library for a QBC documentary, ' +
        'the QBC said. Dara Venn of the Committee for a Responsible Quellan Budget agreed.',
    );
    expect(n.organizations).toEqual([
      'Committee for a Responsible Quellan Budget',
      'QBC',
      'Quellan City Main Library',
    ]);
  });
});

describe('a name of small words (round 15)', () => {
  it('keeps a run of small words written inside a sentence whole', () => {
    const n = names(
      'The course caught the attention of the equality group Far Out. Far Out launched a ' +
        'petition on Friday. “Far Out would like Zorvix to remove the app,” Dara Venn, ' +
        'Far Out’s director, told reporters.',
    );
    expect(n.organizations).toEqual(['Far Out']);
  });
});

describe('a noun ending in "-ly" that opens a sentence (round 15)', () => {
  it('is no adverb, so it stays in the name', () => {
    const n = names(
      'The Family Quellan Council isn’t afraid to pick a tough fight, Dara Venn said.',
    );
    expect(n.organizations).toEqual(['Family Quellan Council']);
  });
});
