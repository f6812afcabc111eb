/**
 * "part of the U.N. mission" on a page that names only the "United Nations Security Council": an
 * acronym spelling the first words of a body's name is the body those words name (the United
 * Nations), which the page writes only inside its council's name. An acronym is otherwise offered
 * only on evidence (see classify), since "MIME" or "IR" name things.
 */
import type { Found, Group } from './groups';
import { isPlaceName } from './lexicon';
import { acronymLetters } from './merge';

/** The unplaced acronyms that spell the leading words of an organisation's longer name. */
export function leadingAcronyms(left: Found[], groups: Map<string, Group>): Found[] {
  const names = [...groups]
    .filter(([, g]) => g.kind === 'organization')
    .map(([, g]) => g.items[0].mention.text.split(/\s+/));
  // Not a place's abbreviation: "SD" before "South Dakota Democratic Party".
  const spells = (letters: string, words: string[]) =>
    words.length > letters.length &&
    !isPlaceName(words.slice(0, letters.length).map((w) => w.toLowerCase())) &&
    words.slice(0, letters.length).every((w, i) => w[0] === letters[i] && /^\p{Lu}\p{Ll}/u.test(w));
  return left
    .filter((f) => {
      const letters = acronymLetters(f.mention.text);
      return !!letters && names.some((words) => spells(letters, words));
    })
    .map((f) => ({ ...f, kind: 'organization', score: 0.55 }));
}
