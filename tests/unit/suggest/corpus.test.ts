// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { pooled, scoreSuggestions } from '../../../utils/suggest/evaluate';
import { corpusAvailable, readCorpusPage, readSeedHtml } from '../helpers/corpus';
import { extract, labelledPages, SEED_URL } from './helpers';

/**
 * Floors, not targets: the measured figures are in `npm run bench`. Every labelled page is tuning
 * data since 2026-12-01 (the first held-out half had been looked at); pages labelled later with
 * "half": "held-out-2" are measured by the bench only, so no floor here is set from them. The floors
 * sit a little under the figures measured over the 17 tuning pages, so a change that makes them
 * worse fails here.
 */
const FLOOR = {
  // Measured 2026-12-01 over the 17 pages: people P 0.985 / R 0.985, organizations P 0.939 / R 0.899.
  people: { precision: 0.95, recall: 0.95 },
  organizations: { precision: 0.9, recall: 0.87 },
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
  it('the tuning pages reach their floor for people and organizations', () => {
    const scores = labelledPages()
      .filter((l) => l.half === 'tune')
      .map((l) => ({ page: l.page, s: scoreSuggestions(run(l.page), l) }));
    for (const type of ['people', 'organizations'] as const) {
      const p = pooled(scores.map(({ s }) => s[type]));
      const why = JSON.stringify(
        scores.map(({ page, s }) => ({ page, wrong: s[type].wrong, missed: s[type].missed })),
      );
      expect(p.precision, why).toBeGreaterThanOrEqual(FLOOR[type].precision);
      expect(p.recall, why).toBeGreaterThanOrEqual(FLOOR[type].recall);
    }
  });

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
