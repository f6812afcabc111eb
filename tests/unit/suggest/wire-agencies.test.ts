// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestedNames as names } from './helpers';

describe('wire agencies named in one word (utils/suggest/lexicon.ts)', () => {
  it('takes AFP, like Reuters, for a news agency wherever the article cites it', () => {
    const n = names(
      'Floodwater reached the old quay on Tuesday, an AFP photographer saw. Marla Quenby, ' +
        'the harbour master, said the barriers held.',
    );
    expect(n.organizations).toEqual(['AFP']);
    expect(n.people).toEqual(['Marla Quenby']);
  });

  it('leaves out the wires a broadcaster credits in brackets at the end', () => {
    const n = names(
      'Marla Quenby, the harbour master, said the barriers held through the night. ' +
        '(QUELLVISION 24 with AFP, XINHUA)',
    );
    expect(n.organizations).toEqual([]);
    expect(n.people).toEqual(['Marla Quenby']);
  });
});
