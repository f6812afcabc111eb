/**
 * Which suggested names the list shows apart, as less sure. A name scores under LESS_SURE_BELOW
 * only when no suffix, title, head word, known list or role placed it, the rules fell back on
 * weaker evidence (it acts like a company somewhere in the article, "Quarrelby shares rose"; an
 * acronym before a body's name; a team's nickname: entities.ts, leading-acronyms.ts, nicknames.ts),
 * and it is named at most three times (each mention after the first adds 0.02, groups.ts).
 *
 * Measured on seven label sets while they were still blind (held-out-16, -17, -21 and -23 to -26,
 * each with the code it was first measured with), organizations below 0.6 were right 35 times in
 * 65 (54 %), and those at or above it 510 times in 621 (82 %). No person was scored below it.
 * The score, mentions and all, tells them apart better than the evidence alone: leaving the
 * mentions out, the weak part was right 56 times in 92 (61 %).
 * Told apart, the reader can check those few against the article instead of trusting the list
 * the same way throughout.
 */
import type { EntitySuggestion } from './types';

export const LESS_SURE_BELOW = 0.6;

export function isLessSure(s: Pick<EntitySuggestion, 'score'>): boolean {
  return s.score < LESS_SURE_BELOW;
}

/** The list's order is kept within each part. */
export function splitBySureness<T extends Pick<EntitySuggestion, 'score'>>(
  items: T[],
): { sure: T[]; lessSure: T[] } {
  return {
    sure: items.filter((s) => !isLessSure(s)),
    lessSure: items.filter(isLessSure),
  };
}
