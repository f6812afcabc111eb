// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest, type SuggestResult } from '../../../utils/suggest';
import { scoreSuggestions } from '../../../utils/suggest/evaluate';
import { normalizeEntityName } from '../../../utils/model/entity-name';
import { readSeedHtml } from '../helpers/corpus';
import { extract, readLabels, SEED_URL } from './helpers';

const article = extract(readSeedHtml(), SEED_URL);
const result = suggest({ text: article.text, lang: article.lang, title: article.title, byline: article.byline });
const labels = readLabels('seed-labels.json');

function supported(r: SuggestResult) {
  if (!r.supported) throw new Error(r.reason);
  return r;
}

describe('suggest on the seed article', () => {
  const r = supported(result);
  const score = scoreSuggestions(r, labels);

  it('finds the officials and organisations a careful reader tags', () => {
    expect(score.people, JSON.stringify(score.people)).toMatchObject({ recall: 1 });
    expect(score.people.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.organizations.recall, JSON.stringify(score.organizations)).toBeGreaterThanOrEqual(0.9);
    expect(score.organizations.precision, JSON.stringify(score.organizations)).toBeGreaterThanOrEqual(0.8);
  });

  it('ranks the statistical sentence first among claims', () => {
    expect(r.claims[0].sentence).toContain('Baoji has built 18 national intelligent manufacturing enterprises');
    expect(r.claims[0].reasons).toEqual(expect.arrayContaining(['quantity', 'attribution']));
  });

  it('merges variants: "Worker Daily Client" and "Worker\'s Daily" are one organisation', () => {
    const daily = r.organizations.filter((o) => o.normalizedName.startsWith('worker'));
    expect(daily).toHaveLength(1);
    expect(daily[0].normalizedName).toBe(normalizeEntityName('Worker Daily'));
    expect(daily[0].mentions.map((m) => m.text)).toEqual(['Worker Daily', "Worker's Daily"]);
  });

  it('gives every mention as the exact text at its offsets', () => {
    for (const e of [...r.people, ...r.organizations]) {
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      expect(e.mentions.map((m) => m.start)).toEqual([...e.mentions.map((m) => m.start)].sort((a, b) => a - b));
    }
    for (const c of r.claims) expect(article.text.slice(c.start, c.end)).toBe(c.sentence);
    expect(r.people.find((p) => p.name === 'Wang Jun')?.mentions).toHaveLength(4);
  });

  it('suggests nothing from the sidebar or footer', () => {
    const all = [...r.people, ...r.organizations].flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]).join('\n');
    for (const bad of labels.mustNotAppear ?? []) expect(all.toLowerCase()).not.toContain(bad.toLowerCase());
  });
});

describe('suggest on small texts', () => {
  it('keeps a role-led name and its organisation apart', () => {
    const r = supported(suggest({ text: 'Duan Xiaolong, Deputy Secretary of Baoji Municipal Party Committee, delivered a speech. Mr. Duan said output rose 12 percent in 2023.', lang: 'en' }));
    expect(r.people.map((p) => p.name)).toEqual(['Duan Xiaolong']);
    expect(r.organizations.map((o) => o.name)).toEqual(['Baoji Municipal Party Committee']);
  });

  it('joins short forms to the full name and acronyms to their expansion', () => {
    const text =
      'Amazon bought Whole Foods Market in 2017, said Tom Forte, an analyst. Forte said Whole Foods sells fish with the Marine Stewardship Council label. The MSC label costs more than $2 a pound, Mr. Forte said.';
    const r = supported(suggest({ text }));
    expect(r.people).toHaveLength(1);
    expect(r.people[0].mentions.map((m) => m.text)).toEqual(['Tom Forte', 'Forte', 'Forte']);
    const names = Object.fromEntries(r.organizations.map((o) => [o.name, o.mentions.length]));
    expect(names).toMatchObject({ 'Whole Foods Market': 2, 'Marine Stewardship Council': 2 });
  });

  it('does not take dates, places or sentence openers for names', () => {
    const r = supported(suggest({ text: 'On Friday, New Zealand and South Taranaki officials met. But Kenya said nothing more on Monday, the ministry noted in a statement.' }));
    expect([...r.people, ...r.organizations]).toEqual([]);
  });

  it('says when a text is not English', () => {
    const r = suggest({ text: 'Le projet de loi sur le renseignement a été massivement approuvé par les députés.', lang: 'fr' });
    expect(r).toMatchObject({ supported: false });
    expect(suggest({ text: '人工智能迈上新台阶，DeepMind新电脑已可利用记忆自学。', lang: null })).toMatchObject({ supported: false });
  });
});
