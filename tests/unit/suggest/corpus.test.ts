// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { pooled, scoreSuggestions } from '../../../utils/suggest/evaluate';
import { corpusAvailable, readCorpusPage, readSeedHtml } from '../helpers/corpus';
import { extract, labelledPages, SEED_URL } from './helpers';

/**
 * Floors, not targets: the measured figures, and the goals on the held-out half, are in
 * `npm run bench`. On the half the rules were tuned on the floor is the goal (0.85). On the
 * held-out half the goal is NOT met (measured 2026-12-01: people P 0.96 / R 0.79, organizations
 * P 0.52 / R 0.62); the floors sit just under those figures, so a change that makes the unseen pages
 * worse fails here, and one that reaches the goal shows in the bench.
 */
const FLOOR = {
  tune: {
    people: { precision: 0.85, recall: 0.85 },
    organizations: { precision: 0.85, recall: 0.85 },
  },
  'held-out': {
    people: { precision: 0.9, recall: 0.75 },
    organizations: { precision: 0.45, recall: 0.55 },
  },
};
const NON_ENGLISH = ['aktualne', 'la-nacion', 'lemonde-1', 'qq'];

if (!corpusAvailable)
  console.warn(
    '[gloss tests] ../shared/corpus is absent: the suggestion tests over the corpus are skipped.',
  );

function run(name: string) {
  const html = name === 'seed' ? readSeedHtml() : readCorpusPage(name).sourceHtml;
  const article = extract(html, name === 'seed' ? SEED_URL : `https://example.com/${name}`);
  return suggest({
    text: article.text,
    lang: article.lang,
    title: article.title,
    byline: article.byline,
    asides: article.asides,
  });
}

describe.skipIf(!corpusAvailable)('suggest on the labelled corpus', () => {
  it.each(['tune', 'held-out'] as const)(
    'the %s half reaches its floor for people and organizations',
    (half) => {
      const scores = labelledPages()
        .filter((l) => l.half === half)
        .map((l) => ({ page: l.page, s: scoreSuggestions(run(l.page), l) }));
      for (const type of ['people', 'organizations'] as const) {
        const p = pooled(scores.map(({ s }) => s[type]));
        const why = JSON.stringify(
          scores.map(({ page, s }) => ({ page, wrong: s[type].wrong, missed: s[type].missed })),
        );
        expect(p.precision, why).toBeGreaterThanOrEqual(FLOOR[half][type].precision);
        expect(p.recall, why).toBeGreaterThanOrEqual(FLOOR[half][type].recall);
      }
    },
  );

  it.each(NON_ENGLISH)('%s is reported unsupported', (name) => {
    const result = run(name);
    expect(result.supported).toBe(false);
    if (!result.supported) expect(result.reason).toMatch(/English/);
  });

  it('suggests no photographer, agency or reporter named only in a marked caption, credit or staff line', () => {
    // guardian-1's captions are plain paragraphs after a figure, unmarked: they are the known exception.
    for (const labels of labelledPages().filter(
      (l) => l.half === 'tune' && l.page !== 'guardian-1',
    )) {
      expect(scoreSuggestions(run(labels.page), labels).excluded, labels.page).toEqual([]);
    }
  });
});
