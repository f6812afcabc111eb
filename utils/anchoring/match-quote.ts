/**
 * Finds a quote in a page's text, cheapest evidence first: the quote where its position says
 * (O(quote)), then every exact occurrence (indexOf), then an approximate match, near the position
 * first and then wherever a prefilter (candidates.ts) says the page could hold it. Approximate
 * matches must clear MIN_SCORE (score.ts); a page that lost the sentence yields null.
 */
import approxSearch from 'approx-string-match';
import { candidateWindows, type Window } from './candidates';
import { alignedDistance } from './edit-distance';
import { contextScore, errorBudget, matchScore, MIN_SCORE } from './score';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was described. */
  hint?: number;
}

export type MatchMethod = 'position' | 'quote' | 'fuzzy-near' | 'fuzzy';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact match; the match score (MIN_SCORE..1) for approximate ones. */
  score: number;
  method: MatchMethod;
}

/** How far around the position hint the first approximate search looks, beyond the quote itself. */
const NEAR_DISTANCE = 2048;
/** Approximate matches with equal errors at one place come in runs; past this many, they are all alike. */
const MAX_SCORED_PER_WINDOW = 32;
/** Windows come best-voted first; a match this good ends the search without checking the rest. */
const GOOD_ENOUGH = 0.9;
/** Share of the quote's length a "small" edit changes, tried before the full error budget. */
const SMALL_EDIT = 0.08;
/** Length of the quote's head and tail that bracket an edit in its middle. */
const BRACKET = 16;
/** Head occurrences near the hint worth trying before giving up on the bracket. */
const MAX_BRACKET_TRIES = 4;

function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  if (fromEnd) while (n < max && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  else while (n < max && a[n] === b[n]) n++;
  return n;
}

/** Among exact occurrences: the one whose surroundings agree longest with prefix and suffix, then nearest the hint. */
function bestExact(text: string, quote: string, { prefix = '', suffix = '', hint }: QuoteContext): number {
  let best = -1;
  let bestAgreement = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    const agreed =
      agreement(text.slice(Math.max(0, at - prefix.length), at), prefix, true) +
      agreement(text.slice(end, end + suffix.length), suffix, false);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (agreed > bestAgreement || (agreed === bestAgreement && distance < bestDistance)) {
      [best, bestAgreement, bestDistance] = [at, agreed, distance];
    }
  }
  return best;
}

const smallBudget = (quote: string) => Math.max(4, Math.ceil(quote.length * SMALL_EDIT));

function bestIn(text: string, quote: string, ctx: QuoteContext, maxErrors: number, w: Window) {
  let best: { start: number; end: number; score: number } | null = null;
  const found = approxSearch(text.slice(w.start, w.end), quote, maxErrors).sort((a, b) => a.errors - b.errors);
  for (const m of found.slice(0, MAX_SCORED_PER_WINDOW)) {
    const similarity = 1 - m.errors / quote.length;
    // Scoring the context is the costly part; fewest errors come first, so stop once even a
    // perfect context could not beat what is already found.
    if (best && matchScore(similarity, 1) <= best.score) break;
    const start = w.start + m.start;
    const end = w.start + m.end;
    const score = matchScore(similarity, contextScore(text, start, end, ctx.prefix, ctx.suffix));
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { start, end, score };
  }
  return best;
}

function bestApproximate(text: string, quote: string, ctx: QuoteContext, maxErrors: number, windows: Window[]) {
  // Myers' cost grows with the error budget, and most edits are small: try a small budget first.
  const small = Math.min(maxErrors, smallBudget(quote));
  let best: { start: number; end: number; score: number } | null = null;
  for (const w of windows) {
    const found = bestIn(text, quote, ctx, small, w) ?? (small < maxErrors ? bestIn(text, quote, ctx, maxErrors, w) : null);
    if (found && (!best || found.score > best.score)) best = found;
    if (best && best.score >= GOOD_ENOUGH) break;
  }
  return best;
}

/**
 * The common edit — a word changed inside the quote — leaves its first and last characters intact:
 * find the head near the hint and the tail about a quote's length after it; the text between them
 * is the match, and its distance to the quote is a DP over the few characters that differ (no
 * search at all). Anything else (an edit at either end, a moved quote) falls through to Myers.
 */
function bracketed(text: string, quote: string, ctx: QuoteContext & { hint: number }, maxErrors: number) {
  if (quote.length < BRACKET * 3) return null;
  const head = quote.slice(0, BRACKET);
  const tail = quote.slice(-BRACKET);
  const from = Math.max(0, ctx.hint - NEAR_DISTANCE);
  const to = Math.min(text.length, ctx.hint + quote.length + NEAR_DISTANCE);
  let best: { start: number; end: number; score: number } | null = null;
  let tries = 0;
  for (let at = text.indexOf(head, from); at !== -1 && at < to && tries < MAX_BRACKET_TRIES; at = text.indexOf(head, at + 1), tries++) {
    const tailAt = text.indexOf(tail, at + quote.length - BRACKET - maxErrors);
    if (tailAt === -1 || tailAt + BRACKET > at + quote.length + maxErrors) continue;
    const end = tailAt + BRACKET;
    const errors = alignedDistance(quote, text.slice(at, end));
    const found =
      errors === null
        ? bestIn(text, quote, ctx, maxErrors, { start: at, end })
        : errors <= maxErrors
          ? { start: at, end, score: matchScore(1 - errors / quote.length, contextScore(text, at, end, ctx.prefix, ctx.suffix)) }
          : null;
    if (found && found.score >= MIN_SCORE && (!best || found.score > best.score)) best = found;
  }
  return best;
}

export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const { hint } = ctx;
  if (hint !== undefined && text.startsWith(quote, hint)) {
    return { start: hint, end: hint + quote.length, score: 1, method: 'position' };
  }
  const exact = bestExact(text, quote, ctx);
  if (exact !== -1) return { start: exact, end: exact + quote.length, score: 1, method: 'quote' };

  const maxErrors = errorBudget(quote.length);
  if (maxErrors === 0) return null;
  if (hint !== undefined) {
    const inPlace = bracketed(text, quote, { ...ctx, hint }, maxErrors);
    if (inPlace) return { ...inPlace, method: 'fuzzy-near' };
    // The prefilter, confined to the neighbourhood, spares an orphan the cost of Myers there.
    const from = Math.max(0, hint - NEAR_DISTANCE);
    const to = Math.min(text.length, hint + quote.length + NEAR_DISTANCE);
    const found = bestApproximate(text, quote, ctx, maxErrors, candidateWindows(text, quote, maxErrors, from, to));
    if (found) return { ...found, method: 'fuzzy-near' };
  }
  const found = bestApproximate(text, quote, ctx, maxErrors, candidateWindows(text, quote, maxErrors));
  return found && { ...found, method: 'fuzzy' };
}
