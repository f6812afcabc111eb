/**
 * Venues are places, not bodies: "Heinz Field", "Capital One Arena", and a two-word centre or
 * garden said as where something happens without an article ("in KeyBank Center", "at Moscone
 * Center"). A body of that shape takes "the" ("at the Carter Center") or an owner ("MIT's Lorenz
 * Center"), and a longer one is an institution ("Goddard Space Flight Center").
 */
import { isFirstName } from './lexicon';
import type { Token } from './tokens';

/** Last words that only ever end a venue's name (a hotel's is its building's; its chain ends "Hotels"). */
const SPORTS_GROUNDS = new Set(
  'stadium stadio arena coliseum colosseum ballpark speedway velodrome field hotel'.split(' '),
);
/** Last words that end venues and bodies alike. */
const HALLS = new Set(['center', 'centre', 'garden', 'gardens', 'dome']);

export function isVenue(ts: Token[], before: Token | undefined): boolean {
  if (ts.length < 2) return false;
  const last = ts[ts.length - 1].key;
  // "Sally Field" is a person: a first name alone before "Field".
  if (SPORTS_GROUNDS.has(last)) return !(ts.length === 2 && isFirstName(ts[0].key));
  return (
    HALLS.has(last) &&
    ts.length === 2 &&
    !ts[0].possessive &&
    before !== undefined &&
    !before.capital &&
    ['at', 'in', 'inside', 'outside'].includes(before.key)
  );
}

/** Name words (lower case) that end as a venue's do. */
export const endsInVenueWord = (words: string[]) =>
  words.length >= 2 && (SPORTS_GROUNDS.has(words.at(-1)!) || HALLS.has(words.at(-1)!));
