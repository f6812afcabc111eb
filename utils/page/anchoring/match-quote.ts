/**
 * Finds a quote in a page's text, cheapest evidence first: the quote where its position says with
 * its context around it (O(quote)), then every exact occurrence, weighed by how well its
 * surroundings agree with the stored context, then an approximate match, near the position first and
 * then wherever a prefilter (candidates.ts) says the page could hold it. Every candidate is scored
 * the same way (score.ts); below MIN_CONFIDENCE it is an orphan, and a page that lost the sentence
 * yields null.
 */
import approxSearch from 'approx-string-match';
import { candidateWindows, type Window } from './candidates';
import { alignedDistance } from './edit-distance';
import { contextAgreement, contextIntact } from './context';
import { confidence, errorBudget, MIN_CONFIDENCE } from './score';

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
  /** Confidence, MIN_CONFIDENCE..1: 1 only for the quote verbatim with its context (see score.ts). */
  score: number;
  method: MatchMethod;
}

type Scored = { start: number; end: number; score: number };

/** How far around the position hint the first approximate search looks, beyond the quote itself. */
const NEAR_DISTANCE = 2048;
/** Approximate matches with equal errors at one place come in runs; past this many, they are all alike. */
const MAX_SCORED_PER_WINDOW = 32;
/** A match this good ends the search without checking further places. */
const GOOD_ENOUGH = 0.9;
/** Share of the quote's length a "small" edit changes, tried before the full error budget. */
const SMALL_EDIT = 0.08;
/** Length of the quote's head and tail that bracket an edit in its middle. */
const BRACKET = 16;
/** Head occurrences near the hint worth trying before giving up on the bracket. */
const MAX_BRACKET_TRIES = 4;
/** Occurrences of a verbatim quote weighed by their context, nearest the hint first. */
const MAX_OCCURRENCES = 64;

function scoreAt(
  text: string,
  quote: string,
  ctx: QuoteContext,
  start: number,
  end: number,
  errors: number,
): Scored {
  const similarity = 1 - errors / quote.length;
  return {
    start,
    end,
    score: confidence(
      similarity,
      contextAgreement(text, start, end, ctx.prefix, ctx.suffix, quote),
      quote.length,
    ),
  };
}

/** The higher score; on a tie (within rounding) the one nearer the hint, then `a`. */
function better(a: Scored | null, b: Scored | null, hint?: number): Scored | null {
  if (!a || !b) return a ?? b;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score ? a : b;
  if (hint === undefined) return a;
  return Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a;
}

/**
 * Among exact occurrences, the one whose surroundings agree best with the prefix and suffix, by edit
 * distance: context that differs by a character at its edge (a space, a hyphen) still tells
 * repeated quotes apart, where counting the exact run at the edge would see no agreement at all.
 */
function bestExact(text: string, quote: string, ctx: QuoteContext): Scored | null {
  let starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length > MAX_OCCURRENCES) {
    const { hint } = ctx;
    if (hint !== undefined) starts.sort((x, y) => Math.abs(x - hint) - Math.abs(y - hint));
    starts = starts.slice(0, MAX_OCCURRENCES);
  }
  let best: Scored | null = null;
  for (const at of starts)
    best = better(best, scoreAt(text, quote, ctx, at, at + quote.length, 0), ctx.hint);
  return best;
}

const smallBudget = (quote: string) => Math.max(4, Math.ceil(quote.length * SMALL_EDIT));

function bestIn(
  text: string,
  quote: string,
  ctx: QuoteContext,
  maxErrors: number,
  w: Window,
): Scored | null {
  let best: Scored | null = null;
  const found = approxSearch(text.slice(w.start, w.end), quote, maxErrors).sort(
    (a, b) => a.errors - b.errors,
  );
  for (const m of found.slice(0, MAX_SCORED_PER_WINDOW)) {
    // Scoring the context is the costly part; fewest errors come first, and confidence never
    // exceeds similarity, so stop once even a perfect context could not beat what is found.
    const similarity = 1 - m.errors / quote.length;
    if (similarity < MIN_CONFIDENCE || (best && similarity <= best.score)) break;
    const candidate = scoreAt(text, quote, ctx, w.start + m.start, w.start + m.end, m.errors);
    if (candidate.score >= MIN_CONFIDENCE) best = better(best, candidate, ctx.hint);
  }
  return best;
}

function bestApproximate(
  text: string,
  quote: string,
  ctx: QuoteContext,
  maxErrors: number,
  windows: Window[],
): Scored | null {
  // Myers' cost grows with the error budget, and most edits are small: try a small budget first.
  const small = Math.min(maxErrors, smallBudget(quote));
  let best: Scored | null = null;
  for (const w of windows) {
    best = better(
      best,
      bestIn(text, quote, ctx, small, w) ??
        (small < maxErrors ? bestIn(text, quote, ctx, maxErrors, w) : null),
      ctx.hint,
    );
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
function bracketed(
  text: string,
  quote: string,
  ctx: QuoteContext & { hint: number },
  maxErrors: number,
): Scored | null {
  if (quote.length < BRACKET * 3) return null;
  const head = quote.slice(0, BRACKET);
  const tail = quote.slice(-BRACKET);
  const from = Math.max(0, ctx.hint - NEAR_DISTANCE);
  const to = Math.min(text.length, ctx.hint + quote.length + NEAR_DISTANCE);
  let best: Scored | null = null;
  let tries = 0;
  for (
    let at = text.indexOf(head, from);
    at !== -1 && at < to && tries < MAX_BRACKET_TRIES;
    at = text.indexOf(head, at + 1), tries++
  ) {
    const tailAt = text.indexOf(tail, at + quote.length - BRACKET - maxErrors);
    if (tailAt === -1 || tailAt + BRACKET > at + quote.length + maxErrors) continue;
    const end = tailAt + BRACKET;
    const errors = alignedDistance(quote, text.slice(at, end));
    const found =
      errors === null
        ? bestIn(text, quote, ctx, maxErrors, { start: at, end })
        : errors <= maxErrors
          ? scoreAt(text, quote, ctx, at, end, errors)
          : null;
    if (found && found.score >= MIN_CONFIDENCE) best = better(best, found, ctx.hint);
  }
  return best;
}

/** Approximate matches: in place, then near the hint, then anywhere the prefilter points. */
function approximate(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  const maxErrors = errorBudget(quote.length);
  if (maxErrors === 0) return null;
  const { hint } = ctx;
  if (hint !== undefined) {
    const inPlace = bracketed(text, quote, { ...ctx, hint }, maxErrors);
    if (inPlace) return { ...inPlace, method: 'fuzzy-near' };
    // The prefilter, confined to the neighbourhood, spares an orphan the cost of Myers there.
    const from = Math.max(0, hint - NEAR_DISTANCE);
    const to = Math.min(text.length, hint + quote.length + NEAR_DISTANCE);
    const found = bestApproximate(
      text,
      quote,
      ctx,
      maxErrors,
      candidateWindows(text, quote, maxErrors, from, to),
    );
    if (found) return { ...found, method: 'fuzzy-near' };
  }
  const found = bestApproximate(
    text,
    quote,
    ctx,
    maxErrors,
    candidateWindows(text, quote, maxErrors),
  );
  return found && { ...found, method: 'fuzzy' };
}

export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const { hint } = ctx;
  if (
    hint !== undefined &&
    text.startsWith(quote, hint) &&
    contextIntact(text, hint, hint + quote.length, ctx.prefix, ctx.suffix)
  ) {
    return { start: hint, end: hint + quote.length, score: 1, method: 'position' };
  }
  const exact = bestExact(text, quote, ctx);
  const verbatim: QuoteMatch | null = exact && {
    ...exact,
    method: exact.start === hint ? 'position' : 'quote',
  };
  if (verbatim && verbatim.score >= GOOD_ENOUGH) return verbatim;
  // A verbatim match whose context disagrees may be a phrase that recurs on the page, while the
  // passage itself, lightly edited, is elsewhere with its context: weigh both.
  const edited = approximate(text, quote, ctx);
  const best = better(verbatim, edited, hint) as QuoteMatch | null;
  return best && best.score >= MIN_CONFIDENCE ? best : null;
}
