/**
 * Skip links that a page keeps for keyboard and screen-reader users and Readability leaves in
 * the text: "Skip Article Header. Skip to: Start of Article." They name the page's own parts,
 * never a subject of the story ("Skip Article Header" is no person).
 */
import type { Range } from './furniture';

/**
 * "Skip to: Start of Article", "Skip to main content", "Skip Article Header", "Skip Navigation":
 * "Skip" with a capital, then "to" or up to three capitalised words, to the end of the line or
 * the sentence. It stands alone: at the text's start or a line's, or after a full stop ("… was
 * Skip Hollander." is a man).
 */
const SKIP =
  /(?<=^|[.\n]\s*)Skip(?:\s+to\b:?(?:\s+[\p{L}-]+){1,4}|(?:\s+\p{Lu}[\p{L}-]*){1,3})(?=\s*(?:[.\n]|$))/gu;

export function skipLinks(text: string): Range[] {
  return [...text.matchAll(SKIP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
