// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 7 (issue 14), each on a synthetic sentence: works, and who owns them. */
describe('works and their owners', () => {
  it('takes a title before "TV series" for a work, not a broadcaster', () => {
    const n = names('Dana Kiley, best known for the Lantern Hill and Osk TV series, will direct.');
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Dana Kiley']);
  });

  it('takes one word whose possessive owns a work or a model for its maker', () => {
    const n = names(
      'Dana Kiley created QVX’s Lantern Hill TV series. Brantis’ iconic Z380 will end, and ' +
        'Quellbank’s Ulmar film opens on Friday.',
    );
    expect(n.organizations).toEqual(['Brantis', 'QVX', 'Quellbank']);
    // A possessive before anything else says nothing.
    const m = names('Dana Kiley said Brantis’ old house and Quellbank’s Ulmar Street were sold.');
    expect(m.organizations).toEqual([]);
  });
});
