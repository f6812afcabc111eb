// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): an executive's title in capitals between a company and a person. */
describe('executive titles inside a run', () => {
  it('cuts a company from the officer its title names', () => {
    const n = names('The payment was approved by Quellan News CFO Mark Dorvell on Friday.');
    expect(n.organizations).toEqual(['Quellan News']);
    expect(n.people).toEqual(['Mark Dorvell']);
  });

  it('leaves the title off the company it ends', () => {
    const n = names(
      'The mission failed, said Jim Cantrell, Brantis Space Systems CEO and a founder of the firm.',
    );
    expect(n.organizations).toEqual(['Brantis Space Systems']);
    expect(n.people).toEqual(['Jim Cantrell']);
  });
});
