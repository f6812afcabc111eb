// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { scoreSuggestions } from '../../../utils/suggest/evaluate';
import { corpusAvailable, readCorpusPage } from '../helpers/corpus';
import { extract, readLabels } from './helpers';

/** Floors, not targets: the measured figures are in the report / `npm run bench`. */
const FLOOR = { personRecall: 0.6, personPrecision: 0.7, orgRecall: 0.5, orgPrecision: 0.6, claimRecall: 0.5 };
const LABELLED = ['bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'seattletimes-1', 'wapo-1'];
const NON_ENGLISH = ['aktualne', 'la-nacion', 'lemonde-1', 'qq'];

if (!corpusAvailable) console.warn('[gloss tests] corpus missing: suggest corpus tests skipped.');

function run(name: string) {
  const page = readCorpusPage(name);
  const article = extract(page.sourceHtml, `https://example.com/${name}`);
  return { article, result: suggest({ text: article.text, lang: article.lang, title: article.title, byline: article.byline }) };
}

describe.skipIf(!corpusAvailable)('suggest on labelled corpus pages', () => {
  it.each(LABELLED)('%s reaches the floors', (name) => {
    const { result } = run(name);
    const s = scoreSuggestions(result, readLabels(`${name}.labels.json`));
    const why = JSON.stringify(s);
    expect(s.people.recall, why).toBeGreaterThanOrEqual(FLOOR.personRecall);
    expect(s.people.precision, why).toBeGreaterThanOrEqual(FLOOR.personPrecision);
    expect(s.organizations.recall, why).toBeGreaterThanOrEqual(FLOOR.orgRecall);
    expect(s.organizations.precision, why).toBeGreaterThanOrEqual(FLOOR.orgPrecision);
    expect(s.claims.recall, why).toBeGreaterThanOrEqual(FLOOR.claimRecall);
  });

  it.each(NON_ENGLISH)('%s is reported unsupported', (name) => {
    const { result } = run(name);
    expect(result.supported).toBe(false);
    if (!result.supported) expect(result.reason).toMatch(/English/);
  });
});
