// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Rule of round 7 (issue 14), on synthetic sentences: weighing a lone word's evidence. */
describe('a lone word that acts both as a person and as a company', () => {
  it('goes with the company when it acts as one more often than a role is said of it', () => {
    const n = names(
      'Zorvix, a giant industrial producer, makes phones. Zorvix founder Dana Kiley spoke. ' +
        'Zorvix employs 400 people.',
    );
    expect(n.organizations).toEqual(['Zorvix']);
    expect(n.people).toEqual(['Dana Kiley']);
    // One role against one verb stays a person's: "Quorvan, head of the agency … Quorvan said".
    expect(names('Quorvan, head of the Ulmar agency, spoke. Quorvan said it sank.').people).toEqual(
      ['Quorvan'],
    );
  });
});
