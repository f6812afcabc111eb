// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): "streaming leader Twitch" is a company, no person. */
describe('leaders of a market', () => {
  it('takes no person from a market’s leader', () => {
    const n = names(
      'In 2014, the company purchased streaming leader Quorvex for $970 million. ' +
        'Quorvex said the deal would close soon.',
    );
    expect(n.people).toEqual([]);
  });

  it('still takes a leader of people for a person', () => {
    const n = names('Opposition leader Dremmel said the vote was rigged. Dremmel left.');
    expect(n.people).toEqual(['Dremmel']);
  });
});
