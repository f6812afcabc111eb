/**
 * Datelines that Readability glued to the story's first sentence: "WASHINGTON The U.S. Federal
 * Reserve raised…". The place in capitals is no word of the name that opens the sentence.
 */
import type { Token } from './tokens';

/** A word in capitals (a dateline's city): letters only, at least three. */
const CAPS = /^\p{Lu}{3,}$/u;

/**
 * Drops the capitals before a capitalised "The": "WASHINGTON The U.S. Federal Reserve" names "The
 * U.S. Federal Reserve". A name never goes on past an all-caps word into "The" ("LONDON The").
 */
export function dropDateline(tokens: Token[]): Token[] {
  const the = tokens.findIndex((t, i) => i > 0 && t.text === 'The');
  if (the < 1 || the === tokens.length - 1) return tokens;
  return tokens.slice(0, the).every((t) => CAPS.test(t.text)) ? tokens.slice(the) : tokens;
}

/** An acronym's capitals: "CBS", "NBC". */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "set to air on CBS Monday": a weekday after an acronym says when, and is no word of the
 * network's name. ("Fox News Sunday", "Super Tuesday" have no acronym before the day.)
 */
export function dropTrailingDay(tokens: Token[]): Token[] {
  const n = tokens.length;
  if (n < 2 || !WEEKDAYS.has(tokens[n - 1].key) || !ACRONYM.test(tokens[n - 2].text)) return tokens;
  return tokens.slice(0, -1);
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
