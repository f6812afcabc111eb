// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 13 (issue 14), each on a made-up sentence: where one name ends and the next begins. */
describe('names cut apart or kept whole', () => {
  it('ends a name at a web address before "and" ("Varl.com and Varl Network")', () => {
    const n = names('The preview show airs on Varl.com and Varl Network tonight.');
    expect(n.organizations).toEqual(['Varl Network', 'Varl.com']);
  });
});
