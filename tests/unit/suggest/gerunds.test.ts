// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): "the Swift-boating of John Kerry" is no member of a body called "Swift-boating". */
describe('a gerund before "of"', () => {
  it('leaves the person after "the <Gerund> of" a person', () => {
    const n = names('They recalled the Swift-boating of Dorian Quell last year.');
    expect(n.people).toEqual(['Dorian Quell']);
    expect(n.organizations).toEqual([]);
  });
});
