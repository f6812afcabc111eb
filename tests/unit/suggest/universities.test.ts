// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 17 (issue 14): universities the news names by a short name alone. */
describe('a university by its short name', () => {
  it('is an organisation with nothing around it to say so', () => {
    expect(names('She opted to remain at Stanford, Dana Kiley said.').organizations).toEqual([
      'Stanford',
    ]);
    expect(names('A Johns Hopkins study found it, Dana Kiley said.').organizations).toEqual([
      'Johns Hopkins',
    ]);
  });

  it('is not the United States Code, written with the same letters as USC', () => {
    expect(names('The claim falls under 42 U.S.C. 1983, Dana Kiley said.').organizations).toEqual(
      [],
    );
  });
});
