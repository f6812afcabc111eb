// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { pooled, scoreSuggestions } from '../../../utils/suggest/evaluate';
import { readabilityPages } from '../../../bench/lib/corpus';
import { corpusAvailable, corpusNames, readCorpusPage, readSeedHtml } from '../helpers/corpus';
import { extract, labelledPages, SEED_URL, type PageLabels } from './helpers';

/**
 * Floors, not targets: the measured figures are in `npm run bench`. Every labelled page here is
 * tuning data (labels README): the seed and the 16 English pages of ../shared/corpus, and the twenty
 * pages of ../readability-pages that were the second and third held-out sets until their errors
 * were read. Only pages labelled "tune" are scored here: the fourth held-out set
 * (../newspaper-pages) is judged by the bench only, and never loaded here. Each
 * floor sits a little under the figure measured on its pages, so a change that makes them worse
 * fails here; the two folders have floors of their own, so either runs without the other.
 */
const FLOOR = {
  corpus: {
    // Measured 2026-12-01, round 4 (jsdom) over the 17 pages: people P 0.985 / R 0.985,
    // organizations P 0.940 / R 0.917.
    people: { precision: 0.95, recall: 0.95 },
    organizations: { precision: 0.91, recall: 0.89 },
  },
  readability: {
    // Measured 2026-12-01, round 4 (jsdom) over the 20 pages: people P 0.966 / R 0.914,
    // organizations P 0.896 / R 0.907 (the rules of merge 1663bb7, before the third held-out set was
    // read: 0.905 / 0.914 and 0.837 / 0.831).
    people: { precision: 0.94, recall: 0.89 },
    organizations: { precision: 0.87, recall: 0.88 },
  },
};
const NON_ENGLISH = ['aktualne', 'la-nacion', 'lemonde-1', 'qq'];

const fromReadability = new Map(readabilityPages().map((p) => [p.name, p.html]));
const fromCorpus = new Set(corpusNames());
if (!corpusAvailable)
  console.warn(
    '[gloss tests] ../shared/corpus is absent: the suggestion tests over the corpus are skipped.',
  );
if (fromReadability.size === 0)
  console.warn(
    '[gloss tests] ../readability-pages is absent: the suggestion floors over its pages are skipped.',
  );

function html(name: string): string {
  if (name === 'seed') return readSeedHtml();
  return fromReadability.get(name) ?? readCorpusPage(name).sourceHtml;
}

function run(name: string) {
  const article = extract(html(name), name === 'seed' ? SEED_URL : `https://example.com/${name}`);
  return suggest({
    text: article.text,
    lang: article.lang,
    title: article.title,
    byline: article.byline,
    asides: article.asides,
    breaks: article.breaks,
  });
}

const tuning = labelledPages().filter((l) => l.half === 'tune');
const corpusLabels = tuning.filter((l) => l.page === 'seed' || fromCorpus.has(l.page));
const readabilityLabels = tuning.filter((l) => fromReadability.has(l.page));

function expectFloor(labels: PageLabels[], floor: (typeof FLOOR)['corpus']) {
  const scores = labels.map((l) => ({ page: l.page, s: scoreSuggestions(run(l.page), l) }));
  for (const type of ['people', 'organizations'] as const) {
    const p = pooled(scores.map(({ s }) => s[type]));
    const why = JSON.stringify(
      scores.map(({ page, s }) => ({ page, wrong: s[type].wrong, missed: s[type].missed })),
    );
    expect(p.precision, why).toBeGreaterThanOrEqual(floor[type].precision);
    expect(p.recall, why).toBeGreaterThanOrEqual(floor[type].recall);
  }
}

describe.skipIf(!corpusAvailable)('suggest on the labelled corpus', () => {
  it('the seed and the corpus pages reach their floor for people and organizations', () => {
    expect(corpusLabels.length).toBe(17);
    expectFloor(corpusLabels, FLOOR.corpus);
  });

  it.each(NON_ENGLISH)('%s is reported unsupported', (name) => {
    const result = run(name);
    expect(result.supported).toBe(false);
    if (!result.supported) expect(result.reason).toMatch(/English/);
  });

  it('suggests no photographer, agency or reporter named only in a marked caption, credit or staff line', () => {
    // guardian-1's captions are plain paragraphs after a figure, unmarked: they are the known exception.
    for (const labels of corpusLabels.filter((l) => l.page !== 'guardian-1'))
      expect(scoreSuggestions(run(labels.page), labels).excluded, labels.page).toEqual([]);
  });
});

describe.skipIf(fromReadability.size === 0)('suggest on the labelled Readability pages', () => {
  it('the pages labelled tune reach their floor for people and organizations', () => {
    expect(readabilityLabels.length).toBeGreaterThan(0);
    expectFloor(readabilityLabels, FLOOR.readability);
  });
});
