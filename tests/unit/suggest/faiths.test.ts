// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../utils/suggest/lexicon';
import { suggestedNames as names } from './helpers';

describe('faiths (utils/suggest/faiths.ts)', () => {
  it('takes a faith’s adjective before a body’s people for a community, not a body', () => {
    const n = names(
      'Varnish clerics urged men to join Shiite fighters in Quellia. Sunni militants shelled ' +
        'Coptic villages, Zorvix Labs said. The Catholic Church condemned the attack.',
    );
    expect(n.organizations).toEqual(['Catholic Church', 'Zorvix Labs']);
  });

  it('tags the adjective as compromise tags a nationality, keeping the lexicon’s own tags', () => {
    expect(tagsOf('shiite')).toEqual(['Demonym']);
    expect(tagsOf('palestinian')).toEqual(['Demonym']);
    expect(tagsOf('buddhist')).toEqual(['Actor', 'Demonym']);
  });
});
