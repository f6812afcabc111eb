import { collapseWhitespace } from './anchoring/whitespace';

export interface TextSpan {
  start: number;
  end: number;
}

/** Occurrences weighed at most: a quote repeated more often than this is a word, not a passage. */
const MAX_OCCURRENCES = 50;

/** Characters two strings share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Where an annotation's quote sits in an article's text (whitespace-collapsed, as extraction gives
 * it), or null. Among repeats, the one whose surroundings best match the stored prefix and suffix.
 * Exact matching only: this places passages in a snapshot of the very text they were quoted from,
 * not on a page that has moved on (that is anchoring's work, utils/page/anchoring/).
 */
export function locateQuote(
  text: string,
  quote: { quote: string; prefix: string; suffix: string },
): TextSpan | null {
  const exact = collapseWhitespace(quote.quote);
  if (!exact) return null;
  const prefix = collapseWhitespace(quote.prefix);
  const suffix = collapseWhitespace(quote.suffix);
  let best: TextSpan | null = null;
  let bestScore = -1;
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const score =
      shared(text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd(), prefix, true) +
      shared(text.slice(end, end + suffix.length + 1).trimStart(), suffix, false);
    if (score > bestScore) {
      best = { start: at, end };
      bestScore = score;
    }
    if (++seen >= MAX_OCCURRENCES) break;
  }
  return best;
}
