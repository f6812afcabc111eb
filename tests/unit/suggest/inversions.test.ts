// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 17 (issue 14): one body written in both orders, and by its subject alone. */
describe('a department written both ways', () => {
  it('is one body: "Quellan Department", "Department of Quellan" and "Quellan" alone', () => {
    const n = names(
      'The Quellan Department said so. A request to the Department of Quellan came in May, ' +
        'and Quellan staffers were worried, said Dana Kiley.',
    );
    expect(n.organizations).toEqual(['Department of Quellan']);
  });

  it('keeps apart two departments, and a subject the page never names as a department', () => {
    const n = names('The Quellan Department and the Department of Varlen met Dana Kiley.');
    expect(n.organizations).toEqual(['Department of Varlen', 'Quellan Department']);
  });
});
