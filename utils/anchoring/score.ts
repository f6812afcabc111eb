/**
 * How good an approximate match is, and when it is not good enough. The quote's own similarity
 * carries most of the weight; the text around the match (prefix, suffix) is supporting evidence.
 * Calibrated on the corpus (tests/unit/anchoring): edited quotes on their own page score ≥ 0.9,
 * while the best candidates for sentences from other pages stay below 0.75.
 */

export const QUOTE_WEIGHT = 0.75;
/** Below this a fuzzy match is dropped: an orphan is better than a mark on the wrong sentence. */
export const MIN_SCORE = 0.8;
/** Context score when there is no context to compare: no evidence either way. */
const NO_EVIDENCE = 0.5;

/**
 * Most edits a quote may have undergone and still be found. A quarter of its length for quotes of
 * 40 characters and more; shorter quotes get proportionally less, because a short pattern with a
 * few errors matches almost anywhere. Quotes under 12 characters must match exactly.
 */
export function errorBudget(length: number): number {
  if (length < 12) return 0;
  return Math.floor(length * Math.min(0.25, length / 160));
}

/**
 * Similarity (0..1) of `expected` to the start of `actual`: edit distance with the two strings
 * aligned at their first character and free at the far end of `actual`. Unlike a free-floating
 * search, this rewards context that sits right against the match, not merely somewhere near it.
 */
export function leadingSimilarity(actual: string, expected: string): number {
  const m = expected.length;
  if (m === 0) return 1;
  const n = Math.min(actual.length, m * 2);
  let prev = new Uint16Array(n + 1);
  let row = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    const c = expected.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (actual.charCodeAt(j - 1) === c ? 0 : 1);
      row[j] = Math.min(sub, prev[j] + 1, row[j - 1] + 1);
    }
    [prev, row] = [row, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]);
  return 1 - best / m;
}

function reversed(s: string): string {
  return s.split('').reverse().join('');
}

/** Agreement (0..1) of the text around [start, end) with the stored prefix and suffix. */
export function contextScore(text: string, start: number, end: number, prefix = '', suffix = ''): number {
  const scores: number[] = [];
  if (prefix) {
    const before = text.slice(Math.max(0, start - prefix.length * 2), start);
    scores.push(leadingSimilarity(reversed(before), reversed(prefix)));
  }
  if (suffix) scores.push(leadingSimilarity(text.slice(end, end + suffix.length * 2), suffix));
  if (scores.length === 0) return NO_EVIDENCE;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

export function matchScore(quoteSimilarity: number, context: number): number {
  return QUOTE_WEIGHT * quoteSimilarity + (1 - QUOTE_WEIGHT) * context;
}
