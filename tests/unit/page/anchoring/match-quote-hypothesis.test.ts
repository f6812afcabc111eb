/**
 * Hypothesis's own tests of its quote matcher, run against Gloss's matchQuote as a peer suite.
 *
 * Ported from hypothesis/client, src/annotator/anchoring/test/match-quote-test.js (mocha + chai →
 * vitest; `assert` is the same chai API). The fixtures, quotes, contexts and expectations are
 * Hypothesis's. Where Gloss deliberately answers differently, the test says so in its name, asserts
 * Gloss's answer, and argues the difference in a comment; every other test is unchanged.
 *
 * Copyright (c) 2013-2016 Hypothes.is Project and contributors
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
 * ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
 * (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
 * LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
 * ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
 * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
import { assert, describe, it } from 'vitest';
import { matchQuote } from '../../../../utils/page/anchoring/match-quote';

const fixtures = {
  solitude: `Many years later, as he faced the firing squad,
    Colonel Aureliano Buendía was to remember that distant afternoon
    when his father took him to discover ice`,

  twoCities: `It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.`,
};

function normalize(str: string) {
  // Normalize whitespace.
  return str.replace(/\s+/g, ' ');
}

(Object.keys(fixtures) as (keyof typeof fixtures)[]).forEach(
  (k) => (fixtures[k] = normalize(fixtures[k])),
);

describe('matchQuote (Hypothesis peer suite)', () => {
  it('finds exact match', () => {
    const match = matchQuote(fixtures.solitude, 'discover ice')!;
    assert.equal(match.score, 1.0);
    assert.equal(fixtures.solitude.slice(match.start, match.end), 'discover ice');
  });

  // DEVIATION. Hypothesis accepts "some years later" for "Many years later": 4 edits in 16
  // characters (25 %), with no context to confirm it. Gloss lets a quote this short differ by one
  // character at most (errorBudget in score.ts): a 16-character pattern with four errors matches
  // somewhere in almost any news page (every "some years ago", "many more years"), and a reader's
  // mark on the wrong words is worse than an orphan, which keeps its quote and is shown as such.
  it('finds no approximate match for a short quote a quarter of which differs (Gloss: precision for short quotes)', () => {
    assert.equal(matchQuote(fixtures.solitude, 'some years later'), null);
    // One edit in the same short quote is within the budget, and found.
    const match = matchQuote(fixtures.solitude, 'many years later')!;
    assert.isTrue(match.score > 0);
    assert.isTrue(match.score < 1);
    assert.equal(fixtures.solitude.slice(match.start, match.end), 'Many years later');
  });

  // DEVIATION, for the reason above: the last two quotes (4 and 6 edits in 16 characters) are
  // orphans for Gloss, so the ordering is checked over the quotes it finds, and the rest are null.
  it('scores matches based on quote similarity (Gloss: the two far quotes are orphans)', () => {
    // List of quotes in descending order of similarity to the text.
    const quotes = ['Many years later', 'Many yers later', 'Some years later', 'Some years after'];

    const matches = quotes.map((q) => matchQuote(fixtures.solitude, q));
    const scores = matches.slice(0, 2).map((m) => m!.score);

    for (let i = 1; i < scores.length; i++) {
      assert.isBelow(scores[i], scores[i - 1]);
    }
    assert.deepEqual(matches.slice(2), [null, null]);
  });

  it('scores matches based on prefix similarity', () => {
    // List of prefixes in descending order of similarity to the actual prefix
    // of the quote.
    const prefixes = [
      'Many years later',
      'Many yers later',
      'Some years later',
      'Some years after',
    ];

    const quote = ', as he faced the firing squad';
    const scores = prefixes.map((p) => matchQuote(fixtures.solitude, quote, { prefix: p })!.score);

    for (let i = 1; i < scores.length; i++) {
      assert.isBelow(scores[i], scores[i - 1]);
    }
  });

  it('scores matches based on suffix similarity', () => {
    // List of suffixes in descending order of similarity to the actual suffix
    // of the quote.
    const suffixes = [
      ', as he faced the firing squad',
      ', as she faced the firing squad',
      ', as he awaited the firing squad',
      ', as he awaited his death',
    ];

    const quote = 'Many years later';
    const scores = suffixes.map((s) => matchQuote(fixtures.solitude, quote, { suffix: s })!.score);

    for (let i = 1; i < scores.length; i++) {
      assert.isBelow(scores[i], scores[i - 1]);
    }
  });

  it('returns `null` if there is no acceptable approximate match', () => {
    const match = matchQuote(fixtures.twoCities, fixtures.solitude);
    assert.equal(match, null);
  });

  it('returns `null` if quote is empty', () => {
    assert.equal(matchQuote('foobar', ''), null);
  });

  it('returns `null` if text is empty', () => {
    assert.equal(matchQuote('', 'foobar'), null);
  });

  [
    // Exact prefix matches.
    { quote: 'before us', prefix: 'we had everything', expected: 'before us, we had nothing' },
    { quote: 'before us', prefix: 'we had nothing', expected: 'before us, we were all going' },

    // Approximate prefix matches.
    { quote: 'before us', prefix: 'we had every-thing', expected: 'before us, we had nothing' },
    { quote: 'before us', prefix: 'we had nout', expected: 'before us, we were all going' },

    // Exact suffix matches.
    { quote: 'we had', suffix: 'everything', expected: 'we had everything' },
    { quote: 'we had', suffix: 'nothing', expected: 'we had nothing' },

    // Approximate suffix matches.
    { quote: 'we had', suffix: 'ever ting', expected: 'we had everything' },
    { quote: 'we had', suffix: 'nutting', expected: 'we had nothing' },
  ].forEach(
    (
      {
        quote,
        prefix,
        suffix,
        expected,
      }: { quote: string; prefix?: string; suffix?: string; expected: string },
      i,
    ) => {
      it(`finds match with best context match (${i})`, () => {
        const text = fixtures.twoCities;
        const match = matchQuote(text, quote, { prefix, suffix })!;
        assert.ok(match);
        assert.equal(text.slice(match.start, match.end), quote);
        assert.equal(match.start, text.indexOf(expected));
      });
    },
  );

  // DEVIATION. "befor us" is 8 characters with one edit and no context at all; Gloss requires quotes
  // under 12 characters to match exactly (errorBudget in score.ts), because a short pattern with an
  // error matches by chance on a long page and nothing here could tell a chance match from the
  // passage. The tie-breaking itself is Hypothesis's and Gloss's alike: shown with the exact quote.
  it('uses `hint` as a tie-breaker to choose between matches with close scores (Gloss: with the exact quote)', () => {
    const text = fixtures.twoCities;
    const posA = text.indexOf('everything before us') + 'everything '.length;
    const posB = text.indexOf('nothing before us') + 'nothing '.length;

    assert.equal(matchQuote(text, 'befor us', { hint: posA }), null);

    const matchHintA = matchQuote(text, 'before us', { hint: posA });
    const matchHintB = matchQuote(text, 'before us', { hint: posB });
    const matchNoHint = matchQuote(text, 'before us');

    // When a hint is provided, `matchQuote` should choose between otherwise
    // equal matches based on how close the match start is to `hint`.
    assert.ok(matchHintA);
    assert.equal(matchHintA!.start, posA, 'Wrong match for hint `posA`');

    assert.ok(matchHintB);
    assert.equal(matchHintB!.start, posB, 'Wrong match for hint `posB`');

    // When no hint is provided, the first match (ie. lowest `match.start`)
    // should be chosen.
    assert.ok(matchNoHint);
    assert.equal(matchNoHint!.start, posA, 'Wrong match with no hint');
  });

  it('matches when prefix length is greater than the match start offset', () => {
    const context = { prefix: 'It used to be many' };
    const match = matchQuote(fixtures.solitude, 'years later', context)!;

    assert.isAbove(context.prefix.length, match.start);
    assert.equal(fixtures.solitude.slice(match.start, match.end), 'years later');
  });

  it('matches when match ends at end of text and there is a non-empty suffix', () => {
    const text = 'Some document text';
    const match = matchQuote(text, 'text', { suffix: 'missing' })!;
    assert.equal(text.slice(match.start, match.end), 'text');
  });
});
