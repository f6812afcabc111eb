/**
 * "Morgan, Lewis & Bockius", "Paul, Weiss, Rifkind, Wharton & Garrison": a law or accounting
 * firm is named for its partners, their surnames listed with commas and an ampersand before the
 * last. Cut at the first comma, the firm is a person's surname. A list of companies is written
 * the same way ("Apple, Google & Amazon"), so every item must be a word no body, place or
 * ordinary word is known by.
 */
import { hasTag, isKnownOrg, isPlace } from './lexicon';
import { isCommonWord } from './name-words';
import type { Token } from './tokens';

const partner = (u: Token | undefined) =>
  !!u &&
  /^\p{Lu}\p{Ll}+$/u.test(u.text) &&
  !u.possessive &&
  !isKnownOrg(u.key) &&
  !isPlace(u.key) &&
  !isCommonWord(u.key) &&
  !hasTag(u.key, 'Demonym', 'Month', 'WeekDay');

/**
 * The index of the last partner when `j` opens such a list ("Morgan" before ", Lewis & Bockius"),
 * or -1. The word before `j` must not be capitalised: the firm's name starts at its first partner.
 */
export function partnersEnd(t: Token[], j: number): number {
  if (!partner(t[j]) || (j > 0 && t[j - 1].capital && /^\s+$/.test(t[j].gap))) return -1;
  for (let k = j + 1; k < Math.min(t.length, j + 7); k++) {
    // "Birr, Wilson and Co": partners and their company ("A, B and C" is as often a list).
    if (k > j + 1 && t[k].key === 'and' && !t[k].capital)
      return /^Co\.?$/.test(t[k + 1]?.text ?? '') ? k + 1 : -1;
    if (!partner(t[k])) return -1;
    if (k > j + 1 && /^\s+&\s+$/.test(t[k].gap)) return k;
    if (!/^,\s+$/.test(t[k].gap)) return -1;
  }
  return -1;
}
