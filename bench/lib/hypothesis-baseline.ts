/**
 * Hypothesis's quote matcher, re-implemented to behave the same, as the yardstick for Gloss's own
 * (see match-quote.ts). Source of the method: hypothesis/client,
 * src/annotator/anchoring/match-quote.ts (BSD-2-Clause). It searches the whole text with up to
 * min(256, quote.length / 2) errors, scores every best-error candidate by quote, prefix, suffix and
 * position, and returns the top one with no minimum score. Not used for anchoring.
 */
import approxSearch, { type Match } from 'approx-string-match';

export interface BaselineContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

export interface BaselineMatch {
  start: number;
  end: number;
  score: number;
}

/** Exact occurrences when there are any (the library lacks that shortcut), else approximate ones. */
function search(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  return 1 - search(text, pattern, pattern.length)[0].errors / pattern.length;
}

export function matchQuoteHypothesis(
  text: string,
  quote: string,
  context: BaselineContext = {},
): BaselineMatch | null {
  if (quote.length === 0) return null;
  const candidates = search(text, quote, Math.min(256, quote.length / 2));
  if (candidates.length === 0) return null;

  const { prefix, suffix, hint } = context;
  const score = (m: Match): number => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = typeof hint === 'number' ? 1 - Math.abs(m.start - hint) / text.length : 1;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };

  let best: BaselineMatch | null = null;
  for (const m of candidates) {
    const s = score(m);
    if (!best || s > best.score) best = { start: m.start, end: m.end, score: s };
  }
  return best;
}
