// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';
import { skipLinks } from '../../../utils/suggest/skip-links';

/** Round 16 (issue 14): skip links left in the article text. */
describe('skip links', () => {
  it('suggests no one from "Skip Article Header"', () => {
    const n = names(
      'Skip Article Header. Skip to: Start of Article. Today the Quellan probe will land, ' +
        'said Dana Kiley, who leads the mission.',
    );
    expect(n.people).toEqual(['Dana Kiley']);
  });

  it('leaves a sentence that only starts with "Skip"', () => {
    const text = 'Skip Hollander, a pilot, said the landing went well.';
    expect(skipLinks(text)).toEqual([]);
    expect(names(text).people).toEqual(['Skip Hollander']);
    expect(skipLinks('The pilot who landed it was Skip Hollander.')).toEqual([]);
  });
});
