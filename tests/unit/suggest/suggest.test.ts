// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest, type SuggestResult } from '../../../utils/suggest';
import { scoreSuggestions } from '../../../utils/suggest/evaluate';
import { readSeedHtml } from '../helpers/corpus';
import { extract, readLabels, SEED_URL } from './helpers';

const article = extract(readSeedHtml(), SEED_URL);
const result = suggest({
  text: article.text,
  lang: article.lang,
  title: article.title,
  byline: article.byline,
  asides: article.asides,
  breaks: article.breaks,
});
const labels = readLabels('seed');

function supported(r: SuggestResult) {
  if (!r.supported) throw new Error(r.reason);
  return r;
}
const names = (r: Extract<SuggestResult, { supported: true }>) => ({
  people: r.people.map((p) => p.name),
  organizations: r.organizations.map((o) => o.name),
});

describe('suggest on the seed article', () => {
  const r = supported(result);
  const score = scoreSuggestions(r, labels);

  it('finds the officials and organisations a careful reader tags, and nothing else', () => {
    expect(score.people, JSON.stringify(score.people)).toMatchObject({ recall: 1, precision: 1 });
    expect(score.organizations, JSON.stringify(score.organizations)).toMatchObject({
      recall: 1,
      precision: 1,
    });
  });

  it('keeps organisation names whole with their "of" chains, and suggests no fragment beside them', () => {
    const orgs = names(r).organizations;
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Fund Review Committee of Shaanxi Federation of Trade Unions',
        "Standing Committee of Baoji Municipal People's Congress",
      ]),
    );
    for (const fragment of [
      'Fund Review Committee',
      'Standing Committee',
      'Federation of Trade Unions',
      'Party',
    ])
      expect(orgs).not.toContain(fragment);
    // The body of the chain is an organisation of its own where the article names it alone.
    expect(orgs).toContain('Shaanxi Federation of Trade Unions');
  });

  it('suggests neither the reporter of the byline nor the editor of the staff line', () => {
    expect(score.excluded).toEqual([]);
    expect(names(r).people).not.toContain('Mao Rongxi');
    expect(names(r).people).not.toContain('Li Fang');
  });

  it('ranks the statistical sentence first among claims', () => {
    expect(r.claims[0].sentence).toContain(
      'Baoji has built 18 national intelligent manufacturing enterprises',
    );
    expect(r.claims[0].reasons).toEqual(expect.arrayContaining(['quantity', 'attribution']));
  });

  it('gives every mention as the exact text at its offsets', () => {
    for (const e of [...r.people, ...r.organizations]) {
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      expect(e.mentions.map((m) => m.start)).toEqual(
        [...e.mentions.map((m) => m.start)].sort((a, b) => a - b),
      );
    }
    for (const c of r.claims) expect(article.text.slice(c.start, c.end)).toBe(c.sentence);
    expect(r.people.find((p) => p.name === 'Wang Jun')?.mentions).toHaveLength(4);
  });
});

describe('suggest on small texts', () => {
  it('keeps a role-led name and its organisation apart', () => {
    const r = supported(
      suggest({
        text: 'Duan Xiaolong, Deputy Secretary of Baoji Municipal Party Committee, delivered a speech. Mr. Duan said output rose 12 percent in 2023.',
        lang: 'en',
      }),
    );
    expect(names(r)).toEqual({
      people: ['Duan Xiaolong'],
      organizations: ['Baoji Municipal Party Committee'],
    });
  });

  it('joins short forms to the full name and acronyms to their expansion', () => {
    const text =
      'Amazon bought Whole Foods Market in 2017, said Tom Forte, an analyst. Forte said Whole Foods sells fish with the Marine Stewardship Council (MSC) label. The MSC label costs more than $2 a pound, Mr. Forte said.';
    const r = supported(suggest({ text }));
    expect(r.people).toHaveLength(1);
    expect(r.people[0].mentions.map((m) => m.text)).toEqual(['Tom Forte', 'Forte', 'Forte']);
    const counts = Object.fromEntries(r.organizations.map((o) => [o.name, o.mentions.length]));
    expect(counts).toMatchObject({ 'Whole Foods Market': 2, 'Marine Stewardship Council': 3 });
  });

  it('does not take dates, places, sentence openers or events for names', () => {
    const r = supported(
      suggest({
        text: 'On Friday, New Zealand and South Taranaki officials met. But Kenya said nothing more on Monday, the ministry noted in a statement. The Arab Spring began there; the Arab Spring ended.',
      }),
    );
    expect([...r.people, ...r.organizations]).toEqual([]);
  });

  it('leaves out what the asides cover, and never joins a credit to the sentence after it', () => {
    const text =
      'West Merica Police Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April. West Mercia police said the tablets were toxic.';
    const r = supported(
      suggest({ text, asides: [{ start: 0, end: 'West Merica Police'.length }] }),
    );
    expect(names(r)).toEqual({
      people: ['Eloise Parry'],
      organizations: ['Royal Shrewsbury hospital', 'West Mercia police'],
    });
  });

  it('leaves out photo credits and staff lines the text carries without markup', () => {
    const text =
      'Photo United Nations peacekeepers at a camp. Credit Ashraf Shazly/Agence France-Presse — Getty Images LONDON — Officials said Sudan would change, Eric Reeves said. ' +
      'Prices fell. (Ellen M. Banner / The Seattle Times) Heba Habib contributed to this report. Editor in charge: Li Fang';
    const r = supported(suggest({ text }));
    expect(names(r)).toEqual({ people: ['Eric Reeves'], organizations: [] });
  });

  it('decides the type from evidence: a company that acts, an acronym the text defines as a thing, an affiliation adjective', () => {
    const text =
      'The bug was reported to Minecraft developer Mojang two years ago. Mojang has failed to act, said Ammar Askar. ' +
      'Items store data in a format known as Named Binary Tag (NBT), and NBT nests. ' +
      "The Ennahda party is similar to Egypt's Islamist Muslim Brotherhood, which the White House watches.";
    const r = supported(suggest({ text }));
    expect(names(r).people).toEqual(['Ammar Askar']);
    expect(names(r).organizations.sort()).toEqual(
      ['Ennahda', 'Mojang', 'Muslim Brotherhood', 'White House'].sort(),
    );
  });

  it('says when a text is not English', () => {
    const r = suggest({
      text: 'Le projet de loi sur le renseignement a été massivement approuvé par les députés.',
      lang: 'fr',
    });
    expect(r).toMatchObject({ supported: false });
    expect(
      suggest({ text: '人工智能迈上新台阶，DeepMind新电脑已可利用记忆自学。', lang: null }),
    ).toMatchObject({ supported: false });
  });
});
