import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { withoutInvisibles } from '../../../utils/suggest/invisible';

const TEXT =
  'Moscow — President Vladi\u00ADmir Putin met Ange\u200Bla Merkel on Monday. Putin said the talks went well, and Merkel agreed.';

describe('invisible characters inside words', () => {
  it('finds the whole name across a soft hyphen or a zero-width space', () => {
    const r = suggest({ text: TEXT, lang: 'en' });
    if (!r.supported) throw new Error('unsupported');
    const names = r.people.map((p) => p.name);
    expect(names).toContain('Vladimir Putin');
    expect(names).toContain('Angela Merkel');
  });

  it('keeps every mention an exact slice of the original text', () => {
    const r = suggest({ text: TEXT, lang: 'en' });
    if (!r.supported) throw new Error('unsupported');
    for (const p of [...r.people, ...r.organizations])
      for (const m of p.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    const putin = r.people.find((p) => p.name === 'Vladimir Putin');
    expect(putin?.mentions[0].text).toBe('Vladi\u00ADmir Putin');
  });

  it('maps offsets both ways', () => {
    const v = withoutInvisibles('ab\u00ADcd')!;
    expect(v.text).toBe('abcd');
    expect(v.toOriginal(1, 3)).toEqual({ start: 1, end: 4 });
    expect(v.toVisible(4)).toBe(3);
    expect(withoutInvisibles('plain')).toBeNull();
  });
});
