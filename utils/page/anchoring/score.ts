/**
 * How sure a match is, and when it is not sure enough. Built around how news is edited: copy-editors
 * touch a quoted sentence lightly (a spelling, a clause, a number) and rewrite the sentences around
 * it freely. So a candidate that is nearly the quote stands on its own, and the context (prefix,
 * suffix) decides among candidates, rescues larger edits, and is required only where the quote
 * itself says little: a short phrase can turn up in any other sentence.
 *
 * Confidence, as the UI can show it:
 * - 1: the quote verbatim, with its stored context around it (or none stored);
 * - 0.9 to 1: the passage, lightly edited or with its surroundings rewritten;
 * - MIN_CONFIDENCE to 0.9: probably the passage; a larger edit backed by context, or a short quote
 *   whose context only partly agrees;
 * - below MIN_CONFIDENCE: an orphan.
 * Confidence = similarity − weight × (1 − context agreement), so it falls with each edit to the
 * quote, and with context disagreement as far as the weight lets context count.
 */

import type { ContextAgreement } from './context';

export const MIN_CONFIDENCE = 0.7;
/** Quotes this similar (within 10 % edits) count as the passage whatever surrounds them, if long. */
export const NEAR_QUOTE = 0.9;
/**
 * How much context disagreement costs. Short quotes (≤ 16 characters: a word, "the White House")
 * recur in other sentences, so their context must confirm them: at this weight a short verbatim
 * quote needs 0.75 on its worse side. Its own sentence, kept, agrees about 1, and a rewritten
 * neighbouring sentence still 0.8 or more (its edits count a quarter, context.ts); unrelated
 * context agrees 0.23 (median over the corpus, 0.42 at the 99.9th percentile), and a caption or
 * related headline that repeats the phrase in other words 0.6 to 0.72 (the revision corpus). From
 * 32 characters on, a near-verbatim match is specific by itself and context costs little.
 */
const SHORT_WEIGHT = 1.2;
const LONG_WEIGHT = 0.1;
const SHORT = 16;
const LONG = 32;
/**
 * Below NEAR_QUOTE the weight grows this fast: a quote with 12.5 % edits needs context above chance
 * level, one with 20 % needs its context nearly intact, so a sentence from elsewhere that Myers
 * happens to find within the error budget is not taken for an edited copy.
 */
const EDITED_WEIGHT = 8;

/**
 * Most edits a quote may have undergone and still be found. A quarter of its length for quotes of
 * 40 characters and more; shorter quotes get proportionally less, because a short pattern with a
 * few errors matches almost anywhere. Quotes under 12 characters must match exactly.
 */
export function errorBudget(length: number): number {
  if (length < 12) return 0;
  return Math.floor(length * Math.min(0.25, length / 160));
}

/** Characters of context Gloss stores (32 on each side): comparing this many is full evidence. */
const FULL_CONTEXT = 64;

/** 0 for short quotes, 1 for long ones, linear between. */
const longness = (length: number) => Math.min(1, Math.max(0, (length - SHORT) / (LONG - SHORT)));

/**
 * `sides`: the agreement of each side of context that could be compared (context.ts); none when
 * none was stored or the quote sits at the text's edge, which leaves the quote's similarity alone.
 * A long quote takes the mean of its sides, a short one the worse side: a phrase that recurs
 * ("the county sheriff said") brings one side of its context along to every sentence
 * it is in, but its own sentence, kept, keeps both.
 */
export function confidence(
  similarity: number,
  { sides, compared }: ContextAgreement,
  length: number,
): number {
  if (sides.length === 0) return similarity;
  const t = longness(length);
  const worst = sides.length === 2 ? Math.min(sides[0], sides[1]) : sides[0];
  const mean = sides.length === 2 ? (sides[0] + sides[1]) / 2 : sides[0];
  const context = worst + t * (mean - worst);
  // Confirming a quote's identity: a few characters of context agree or disagree by chance far
  // more often than 64 do, so less context is weaker evidence either way. Rescuing an edited
  // quote: that takes context that agrees, and context that is not there does not.
  const evidence = Math.min(1, compared / FULL_CONTEXT);
  const identity = (SHORT_WEIGHT + (LONG_WEIGHT - SHORT_WEIGHT) * t) * evidence;
  const rescue = EDITED_WEIGHT * Math.max(0, NEAR_QUOTE - similarity);
  return similarity - (identity + rescue) * (1 - context);
}
