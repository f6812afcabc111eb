import { describe as suite, expect, it } from 'vitest';
import { buildTextMap, locate } from '../../../../utils/page/anchoring';
import { KINDS, revisionCases, type RevisionCase } from '../../../fixtures/revisions/cases';
import { evaluate } from '../../../fixtures/revisions/evaluate';
import { corpusAvailable, corpusDocument, corpusNames } from './helpers';

if (!corpusAvailable)
  console.warn('[anchoring] corpus absent (../shared/corpus): revision-corpus tests skipped');

/** Gloss as the content script runs it: the stored selectors, against the revised page's text. */
const gloss = (text: string, q: RevisionCase['quote']) =>
  locate(text, [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector', start: q.start, end: q.start + q.exact.length },
  ]);

suite.skipIf(!corpusAvailable)('revision corpus (copy-edits on the 20 corpus pages)', () => {
  const cases = corpusNames().flatMap((name) =>
    revisionCases(name, buildTextMap(corpusDocument(name).body).text),
  );

  it('has every kind of edit, on most pages, labelled both ways', () => {
    for (const kind of KINDS)
      expect(cases.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.label === 'gone').length).toBeGreaterThanOrEqual(60);
  });

  it('finds ≥ 98 % of the passages still there and paints nothing wrong', () => {
    const t = evaluate(cases, gloss);
    expect(t.wrong, t.failures.join('\n')).toBe(0);
    expect(t.found / t.same, t.failures.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('orphans every short quote whose sentence is gone, though the word is still on the page', () => {
    const shortGone = cases.filter((c) => c.kind === 'short-gone');
    expect(shortGone.every((c) => c.text.includes(c.quote.exact))).toBe(true);
    expect(evaluate(shortGone, gloss).failures).toEqual([]);
  });

  it('reports kept quotes with rewritten neighbours as found but not certain', () => {
    const neighbours = cases.filter((c) => c.kind === 'neighbours');
    const scores = neighbours.map((c) => gloss(c.text, c.quote)?.score ?? 0);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...scores)).toBeLessThan(1);
  });
});
