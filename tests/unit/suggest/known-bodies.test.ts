// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): bodies named by a short form that no list held. */
describe('bodies known by a short form', () => {
  it('takes "the GOP" and "the Islamic State" for bodies without context', () => {
    const n = names(
      'Two electors bucked the GOP ticket. He said he knew more than the generals about ' +
        'battling the Islamic State ― they “don’t know much.”',
    );
    expect([...n.organizations].sort()).toEqual(['GOP', 'Islamic State']);
  });
});
