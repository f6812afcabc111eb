/**
 * An executive's title in capitals inside a run: "Fox News CFO Mark Kranz", "Jim Cantrell, Vector
 * Space Systems CEO". The title ends the company's name and opens the person's; written last, it
 * belongs to neither.
 */
import { isFirstName } from './lexicon';
import { isHead, isLink } from './name-words';
import type { Token } from './tokens';

const EXECUTIVES = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo']);

/** Written in capitals: "CFO" is the title, "Cto" could be anyone's name. */
const executive = (t: Token) => EXECUTIVES.has(t.key) && /^\p{Lu}{3}$/u.test(t.text);

/**
 * "Vector Space Systems CEO" is "Vector Space Systems"; "Fox News CFO Mark Kranz" is "Fox News"
 * and "Mark Kranz", when a first name opens the two words or more after the title (no head word
 * among them, as in cutAtInnerTitle).
 */
export function cutAtExecutive(tokens: Token[]): Token[][] {
  const i = tokens.findIndex((t, k) => k > 0 && executive(t));
  if (i < 0) return [tokens];
  const left = tokens.slice(0, i);
  const rest = tokens.slice(i + 1);
  if (!rest.length) return [left];
  const person =
    rest.length >= 2 && isFirstName(rest[0].key) && !rest.some(isHead) && !rest.some(isLink);
  return person ? [left, rest] : [tokens];
}
