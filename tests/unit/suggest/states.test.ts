// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../utils/suggest/lexicon';
import { suggestedNames as names } from './helpers';

describe('states the lexicon lacks (utils/suggest/states.ts)', () => {
  it('takes a state whose last word is a body’s head, or that acts, for a place', () => {
    const n = names(
      'Britain announced new checks on Tuesday. Trade with the Soviet Union had collapsed, and ' +
        'Quellco Holdings opened an office in the West Bank, Marla Quenby said.',
    );
    expect(n.organizations).toEqual(['Quellco Holdings']);
    expect(n.people).toEqual(['Marla Quenby']);
  });

  it('tags them Country, keeping the lexicon’s own tags', () => {
    expect(tagsOf('soviet union')).toEqual(['Country']);
    expect(tagsOf('britain')).toEqual(['Country']);
    expect(tagsOf('france')).toEqual(['Country']);
  });
});
