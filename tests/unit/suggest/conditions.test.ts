// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rules of round 12 (issue 14): a conjunction of condition opening a sentence. */
describe('“Unless” or “If” before a name', () => {
  it('is no part of the name', () => {
    const n = names('Unless Duncan Reyes retires, the team stays together, Dana Kiley said.');
    expect(n.people).toEqual(['Dana Kiley', 'Duncan Reyes']);
  });
});
