/**
 * What makes two entity names "the same entity": the key Gloss merges entities on
 * (together with the entity type), both when tagging and when importing.
 *
 * "Worker's Daily", "Worker Daily" and "WORKER  DAILY" must meet, while scripts that
 * use combining marks for meaning (Japanese dakuten, Hangul jamo) must survive intact.
 */

/** Only the Latin/Greek/Cyrillic combining accents: stripping every \p{M} would turn "が" into "か". */
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
/** A possessive 's / ’s at the end of a word ("Worker's" → "Worker"). */
const POSSESSIVE = /(\p{L})['’‘`´]s(?![\p{L}\p{N}])/gu;
/** Marks people add or leave out freely: "U.S." = "US", "O'Brien" = "OBrien". */
const DROPPED = /[.,'’‘`´"“”„«»]/g;
/** Any other punctuation separates words: "Jean-Luc" = "Jean Luc". "&" stays ("AT&T"). */
const SEPARATORS = /[^\P{P}&]/gu;

export function normalizeEntityName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(POSSESSIVE, '$1')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_ACCENTS, '')
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
