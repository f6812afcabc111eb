// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

/** Round 16 (issue 14): a dateline in capitals glued to the first sentence. */
describe('datelines glued to the first sentence', () => {
  it('opens no name with the place in capitals before "The"', () => {
    const n = names(
      'BRANTISVILLE The Quellan Federal Reserve raised interest rates on Wednesday. ' +
        'The Quellan Federal Reserve said more would follow.',
    );
    expect(n.organizations).toEqual(['Quellan Federal Reserve']);
  });
});
