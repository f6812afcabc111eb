import { describe as suite, expect, it } from 'vitest';
import {
  anchor,
  buildTextMap,
  describe,
  rangeFromOffsets,
  type TextMap,
} from '../../../../utils/page/anchoring';
import { readSeedHtml } from '../../helpers/corpus';
import {
  changeMiddleWord,
  corpusAvailable,
  corpusDocument,
  corpusNames,
  parseHtml,
  sentenceSpans,
  spread,
  squash,
} from './helpers';
import { roundTrip, visibleTextRanges } from './round-trip';

if (!corpusAvailable)
  console.warn('[anchoring] corpus absent: corpus round-trip and cross-page tests skipped');

suite.skipIf(!corpusAvailable)('anchoring on the corpus', () => {
  const names = corpusNames();

  it.each(names)('%s: round-trips 20 ranges', (name) => {
    const doc = corpusDocument(name);
    const ranges = visibleTextRanges(doc, 20);
    expect(ranges).toHaveLength(20);
    const map = buildTextMap(doc.body);
    for (const range of ranges) roundTrip(doc, range, map);
  });

  it.each(names)('%s: finds sentences with a word changed, over the edited text', (name) => {
    const doc = corpusDocument(name).cloneNode(true) as Document;
    // Sentences said once on the page and lying inside one text node, so the edit can be made in the DOM.
    const map = buildTextMap(doc.body);
    const picked = spread(sentenceSpans(map.text), 5).filter((s) => {
      const sentence = map.text.slice(s.start, s.end);
      if (map.text.indexOf(sentence) !== map.text.lastIndexOf(sentence)) return false;
      const r = rangeFromOffsets(map, s.start, s.end);
      return (
        r.startContainer === r.endContainer &&
        squash(r.toString()) === map.text.slice(s.start, s.end)
      );
    });
    expect(picked.length).toBeGreaterThan(0);
    for (const span of picked) {
      const before = buildTextMap(doc.body);
      const start = before.text.indexOf(map.text.slice(span.start, span.end));
      const range = rangeFromOffsets(before, start, start + span.end - span.start);
      const selectors = describe(range, doc.body, before);
      const node = range.startContainer as Text;
      const original = node.data.slice(range.startOffset, range.endOffset);
      const edited = changeMiddleWord(original);
      node.data = node.data.slice(0, range.startOffset) + edited + node.data.slice(range.endOffset);
      const found = anchor(buildTextMap(doc.body), selectors);
      expect(found?.method, squash(edited)).toBe('fuzzy-near');
      expect(squash(found!.range.toString())).toBe(squash(edited));
    }
  });

  it('matches none of 100+ sentences from one page against another page', () => {
    const maps = new Map<string, TextMap>(
      names.map((n) => [n, buildTextMap(corpusDocument(n).body)]),
    );
    maps.set('seed', buildTextMap(parseHtml(readSeedHtml()).body));
    const keys = [...maps.keys()];
    let tried = 0;
    const falseMatches: string[] = [];
    keys.forEach((name, i) => {
      const from = maps.get(name)!;
      const target = maps.get(keys[(i + 5) % keys.length])!;
      for (const span of spread(sentenceSpans(from.text), 6)) {
        const quote = from.text.slice(span.start, span.end);
        // A sentence both pages really contain (shared boilerplate) would be a true match.
        if (target.text.includes(quote)) continue;
        tried++;
        const selectors = [
          {
            type: 'TextQuoteSelector' as const,
            exact: quote,
            prefix: from.text.slice(Math.max(0, span.start - 32), span.start),
            suffix: from.text.slice(span.end, span.end + 32),
          },
          { type: 'TextPositionSelector' as const, start: span.start, end: span.end },
        ];
        const found = anchor(target, selectors);
        if (found) falseMatches.push(`${quote} -> ${target.text.slice(found.start, found.end)}`);
      }
    });
    expect(tried).toBeGreaterThanOrEqual(100);
    expect(falseMatches).toEqual([]);
  });
});
