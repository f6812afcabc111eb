// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';
import { bangInName } from '../../../utils/suggest/sentences';

/** Round 20 (issue 14): an outlet's "!" where its name opens a sentence. */
describe('an outlet whose name holds an exclamation mark', () => {
  it('keeps "Yahoo! Sports" whole where it opens the sentence', () => {
    const n = names(
      'The team chose not to bring Karl back. Yahoo! Sports, which first reported it, cited the cost.',
    );
    expect(n.organizations).toEqual(['Yahoo! Sports']);
  });

  it('still ends a sentence at an exclamation that opens one', () => {
    const text = 'It was over. Wow! That was close.';
    expect(bangInName(text, text.indexOf('!'))).toBe(false);
  });
});
