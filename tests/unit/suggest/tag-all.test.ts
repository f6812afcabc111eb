// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../../utils/model';
import { normalizeEntityName } from '../../../utils/model/entity-name';
import { quoteForMention } from '../../../utils/suggest/actions';
import { findForms, untaggedMentions } from '../../../utils/suggest/tag-all';
import { suggest } from '../../../utils/suggest';

const text =
  'Tom Forte, an analyst at D.A. Davidson, said Whole Foods cut prices. Forte said the cuts were deep. ' +
  'Mr. Forte added that Fortescue Metals is unrelated. Whole Foods declined to comment; Tom Forte did not.';

const entity = (name: string, type: Entity['type'] = 'person', aliases: string[] = []): Entity => ({
  id: `e-${name}`,
  type,
  name,
  normalizedName: normalizeEntityName(name),
  aliases,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** An annotation as Gloss stores it, made at the n-th occurrence of `quote` in the text. */
function tagged(e: Entity, quote: string, nth = 0): Annotation {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  const q = quoteForMention(text, { start: at, end: at + quote.length });
  return {
    id: `a-${quote}-${nth}`,
    articleUrl: 'https://example.com/a',
    type: e.type,
    quote,
    prefix: q.prefix,
    suffix: q.suffix,
    selectors: [q],
    note: '',
    entityId: e.id,
    claim: null,
    tags: [],
    color: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('findForms', () => {
  it('finds whole words only, the longer form first', () => {
    const found = findForms(text, ['Forte', 'Tom Forte']).map((m) => m.text);
    expect(found).toEqual(['Tom Forte', 'Forte', 'Forte', 'Tom Forte']);
    for (const m of findForms(text, ['Forte'])) expect(text.slice(m.start, m.end)).toBe('Forte');
  });
});

describe('untaggedMentions', () => {
  const forte = entity('Tom Forte');

  it('offers the mentions of a tagged entity that are not tagged yet', () => {
    const [item] = untaggedMentions(text, [forte], [tagged(forte, 'Tom Forte')]);
    // The first "Tom Forte" is tagged; the last one is not. "Forte" alone is not the entity's name yet.
    expect(item.quotes.map((q) => q.exact)).toEqual(['Tom Forte']);
    expect(item.quotes[0].prefix).toContain('declined to comment');
  });

  it('takes the short forms the suggestion engine grouped under the entity', () => {
    const result = suggest({ text, lang: 'en' });
    if (!result.supported) throw new Error(result.reason);
    const [item] = untaggedMentions(text, [forte], [tagged(forte, 'Tom Forte')], result.people);
    expect(item.quotes.map((q) => q.exact)).toEqual(['Forte', 'Forte', 'Tom Forte']);
  });

  it('uses aliases and the quotes the reader tagged', () => {
    const wf = entity('Whole Foods Market', 'organization', ['Whole Foods']);
    const [item] = untaggedMentions(text, [wf], [tagged(wf, 'Whole Foods')]);
    expect(item.quotes.map((q) => q.exact)).toEqual(['Whole Foods']);
    expect(item.quotes[0].suffix.startsWith(' declined')).toBe(true);
  });

  it('offers nothing for an entity not tagged on this article, or once every mention is tagged', () => {
    expect(untaggedMentions(text, [forte], [])).toEqual([]);
    expect(
      untaggedMentions(text, [forte], [tagged(forte, 'Tom Forte'), tagged(forte, 'Tom Forte', 1)]),
    ).toEqual([]);
  });
});
