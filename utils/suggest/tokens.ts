/**
 * Word tokens with offsets into the article text. Kept apart from compromise's tokenizer because
 * the name rules need the exact gap between words ("Co., Ltd." may span a comma, "Kauri (Te" may
 * not) and a word's own trailing period only when it is an abbreviation.
 */

import { bangInName } from './sentences';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, possessive and abbreviation period removed: the lexicon key. */
  key: string;
  /** Starts with a capital ("Baoji", "al-Bashir" counts: its name part does). */
  capital: boolean;
  /** Ends in 's / ’s. */
  possessive: boolean;
  /** "-owned" in "Amazon-owned": the stem is a name, and the hyphenated part says what kind. */
  cue?: string;
  /** The characters between the previous token and this one. */
  gap: string;
}

/** Whether only white space stands between a token and the one before it: no comma, no bracket. */
export const spacedFromPrevious = (t: Pick<Token, 'gap'>) => /^\s+$/.test(t.gap);
/** A nickname written in quotes inside a name opens after a space and a quote: Joko “Jokowi”… */
export const opensQuotedWord = (t?: Pick<Token, 'gap'>) => !!t && /^\s+["“]$/u.test(t.gap);
/** … and closes with a quote and a space: “Jokowi” Widodo. */
export const closesQuotedWord = (t?: Pick<Token, 'gap'>) => !!t && /^["”]\s+$/u.test(t.gap);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*[.!]?/gu;
const CUE_SUFFIX =
  /^(.+?)-(based|owned|led|linked|backed|run|funded|controlled|affiliated|allied|aligned|rooted|inspired|leaning|dominated)$/iu;
const LOWER_PREFIX = /^(?:then|ex|pro|anti|non|post|pre|mid)-(?=\p{Lu})/u;
/** Words whose own period belongs to them (so it is kept in the mention's text). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt rev hon jr sr co ltd inc corp bros plc llc no'.split(
    ' ',
  ),
);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let last = 0;
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !keepsPeriod(word)) word = word.slice(0, -1);
    // "Yahoo! Sports": a brand's exclamation mark is its name's; any other ends a sentence.
    if (word.endsWith('!') && !bangInName(text, from + m.index + word.length - 1))
      word = word.slice(0, -1);
    let cue: string | undefined;
    const hyphen = CUE_SUFFIX.exec(word);
    if (hyphen && /^(\p{Lu}|(al|el)-\p{Lu})/u.test(hyphen[1])) {
      word = hyphen[1];
      cue = hyphen[2].toLowerCase();
    }
    // "then-Denver Broncos", "ex-Google engineers", "anti-Kremlin": a lower-case prefix is no part of the name.
    const prefix = LOWER_PREFIX.exec(word)?.[0].length ?? 0;
    word = word.slice(prefix);
    const start = from + m.index + prefix;
    tokens.push(makeToken(word, start, slice.slice(last, m.index + prefix), cue));
    last = m.index + m[0].length;
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  return (
    ABBREVIATIONS.has(bare.toLowerCase()) ||
    /^\p{Lu}$/u.test(bare) ||
    /^(\p{L}\.)+\p{L}$/u.test(bare)
  );
}

function makeToken(text: string, start: number, gap: string, cue?: string): Token {
  const possessive = /['’]s$/u.test(text) && text.length > 2;
  const key = (possessive ? text.slice(0, -2) : text).replace(/[.!]$/, '').toLowerCase();
  // "76ers", "49ers": a number and "-ers" is a club's nickname (its founding year), written as a name.
  const capital =
    /^\p{Lu}/u.test(text) ||
    /^(al|el|bin|ibn|de|van|von)-\p{Lu}/u.test(text) ||
    text.endsWith('!') ||
    /^\d+ers$/.test(text);
  return { text, start, end: start + text.length, key, capital, possessive, cue, gap };
}
