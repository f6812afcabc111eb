// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';

/** Rule of round 13 (issue 14), on a made-up sentence: a name and its alias are one entity. */
describe('aliases', () => {
  it('joins "<name>, also known as <alias>" into one person with both mentions', () => {
    const r = suggest({
      text:
        'Karim al Ashgrove, also known as Abu Varlen, confirmed in an interview that he was ' +
        'the man in the video. Abu Varlen said he had no regrets, and Ashgrove left.',
    });
    if (!r.supported) throw new Error(r.reason);
    expect(r.people.map((p) => p.name)).toEqual(['Karim al Ashgrove']);
    expect(r.people[0].mentions.map((m) => m.text)).toEqual([
      'Karim al Ashgrove',
      'Abu Varlen',
      'Abu Varlen',
      'Ashgrove',
    ]);
  });
});
