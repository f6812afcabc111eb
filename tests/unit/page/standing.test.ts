// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canReattach, standingOf, wordDiff, type DiffPart } from '../../../utils/page/standing';

const QUOTE = 'Baoji has built 18 national demonstration bases';
const render = (parts: DiffPart[]) =>
  parts
    .map((p) =>
      p.change === 'same' ? p.text : p.change === 'added' ? `{+${p.text}}` : `[-${p.text}]`,
    )
    .join('');

describe('standingOf', () => {
  it('says found for an exact anchor, and not found for an orphan', () => {
    expect(standingOf(QUOTE, 'anchored', undefined)).toEqual({ kind: 'found' });
    expect(standingOf(QUOTE, 'orphaned', undefined)).toEqual({ kind: 'missing' });
    expect(standingOf(QUOTE, undefined, undefined)).toEqual({ kind: 'unknown' });
  });

  it('shows what the page now reads for an edited quote, word by word', () => {
    const standing = standingOf(
      QUOTE,
      'approximate',
      'Baoji has built 16 national-level demonstration bases',
    );
    if (standing.kind !== 'changed') throw new Error(`expected changed, got ${standing.kind}`);
    expect(standing.now).toBe('Baoji has built 16 national-level demonstration bases');
    expect(render(standing.diff)).toBe(
      'Baoji has built [-18]{+16} national{+-level} demonstration bases',
    );
    // Read either way, the diff gives back both texts.
    const side = (drop: DiffPart['change']) =>
      standing.diff
        .filter((p) => p.change !== drop)
        .map((p) => p.text)
        .join('');
    expect(side('added')).toBe(QUOTE);
    expect(side('removed')).toBe(standing.now);
  });

  it('counts a change of whitespace only as found', () => {
    expect(
      standingOf(QUOTE, 'approximate', `  Baoji has built 18\n national   demonstration bases `),
    ).toEqual({
      kind: 'found',
    });
  });

  it('counts a quote found elsewhere that reads the same (the page sent no text) as found', () => {
    expect(standingOf(QUOTE, 'approximate', undefined)).toEqual({ kind: 'found' });
  });

  it('offers "Attach here" only where the text is gone or changed', () => {
    expect(canReattach(standingOf(QUOTE, 'orphaned', undefined))).toBe(true);
    expect(canReattach(standingOf(QUOTE, 'approximate', 'Baoji built 16 bases'))).toBe(true);
    expect(canReattach(standingOf(QUOTE, 'anchored', undefined))).toBe(false);
    expect(canReattach(standingOf(QUOTE, undefined, undefined))).toBe(false);
  });
});

describe('wordDiff', () => {
  it('marks whole words, keeping the spaces between them', () => {
    expect(render(wordDiff('the MIIT list names 11 firms', 'the list names 12 firms'))).toBe(
      'the [-MIIT ]list names [-11]{+12} firms',
    );
    expect(wordDiff('same text', 'same text')).toEqual([{ text: 'same text', change: 'same' }]);
  });
});
