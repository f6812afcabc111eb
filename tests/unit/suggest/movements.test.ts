// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../utils/suggest/lexicon';
import { suggestedNames as names } from './helpers';

describe('movements named bare (utils/suggest/movements.ts)', () => {
  it('takes a movement the news names without a head word for a body', () => {
    const n = names(
      'The war against the Taliban began in 2001. Hezbollah denied it, and the PLO said ' +
        'nothing, Dara Venn wrote.',
    );
    expect(n.organizations).toEqual(['Hezbollah', 'PLO', 'Taliban']);
    expect(n.people).toEqual(['Dara Venn']);
  });

  it('tags them Organization, as compromise tags the bodies it knows', () => {
    expect(tagsOf('taliban')).toEqual(['Organization']);
    expect(tagsOf('nato')).toEqual(['Organization']);
  });
});
