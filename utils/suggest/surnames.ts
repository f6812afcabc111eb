/**
 * Unknown people named in full once and by their family name elsewhere: "Elon Musk did not
 * respond. … Musk said" or "… Mr. Nkrumah", or in one list with a person ("Amal Clooney and George
 * Clooney"). Neither mention alone says "person" (no listed first name, no context at the full
 * name), but together they do. Companies are named this way too
 * ("Google said"), so a lone word counts only with a title, or with a saying verb when no list
 * calls it a company.
 */
import { isCompanyName, isCompanyWord } from './gazetteer';
import { tagsOf } from './lexicon';
import type { Kind } from './classify';
import type { Mention } from './types';

interface Item {
  kind: Kind;
  score: number;
  mention: Mention;
  /** Name words without particles, lower case. */
  words: string[];
  /** One word with a title before it or a saying verb beside it. */
  personal: boolean;
  companyLike: boolean;
  /** Where the list of names it stands in starts ("A, B and C"), as an offset into the text. */
  list: number;
}

/** "whole", "foods": a word the lexicon knows as something else than a name. */
const isOrdinaryWord = (w: string) => tagsOf(w).some((t) => !/Name|Person|ProperNoun/.test(t));

/**
 * One word of a person's name: capitalised, and capitalised inside only after a prefix ("McCain",
 * "O’Malley", "DeGeorge") or a hyphen ("Jae-Myung"). "AirAsia", "PetroChina" are companies' words.
 */
const NAME_WORD = String.raw`(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Fitz)?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*`;
/** A plain name of two or three capitalised words: no digits, no acronyms, no punctuation. */
const PLAIN_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+\p{Lu}\.?|\s+${NAME_WORD}){1,2}$`, 'u');

export function promoteBySurname<T extends Item>(found: T[]): void {
  const surnames = new Set(
    found
      .filter((f) => f.personal && f.words.length === 1)
      .filter(
        (f) => f.kind === 'person' || !(isCompanyName(f.words[0]) || isCompanyWord(f.words[0])),
      )
      .map((f) => f.words[0]),
  );
  // "Shinzo Abe, Moon Jae-in and Narendra Modi attended, as did Xi Jinping" is one list; a full
  // name listed with a person's is a person's too.
  const peopleLists = new Set(
    found.filter((f) => f.kind === 'person' && f.words.length >= 2).map((f) => f.list),
  );
  for (const f of found)
    if (
      f.kind === 'unknown' &&
      !f.companyLike &&
      f.words.length >= 2 &&
      (surnames.has(f.words[f.words.length - 1]) ||
        (peopleLists.has(f.list) && !f.words.some(isOrdinaryWord))) &&
      PLAIN_NAME.test(f.mention.text)
    ) {
      f.kind = 'person';
      f.score = 0.65;
    }
}
