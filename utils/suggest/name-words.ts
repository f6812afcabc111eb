/**
 * Word tests the name cutters share (pieces.ts, titles.ts): a head word that ends an
 * organisation's name, and the lower-case links that may sit inside one ("of", "and", "the").
 */
import { CONNECTORS, ORG_HEADS } from './lexicon';
import type { Token } from './tokens';

export const isHead = (t: Token) => ORG_HEADS.has(t.key);
export const isLink = (t: Token) => !t.capital && CONNECTORS.has(t.key);

export function trimLinks(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && isLink(tokens[a])) a++;
  while (b > a && isLink(tokens[b - 1])) b--;
  return tokens.slice(a, b);
}
