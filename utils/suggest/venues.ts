/**
 * Venues are places, not bodies: "Heinz Field", "Capital One Arena", and a two-word centre or
 * garden said as where something happens without an article ("in KeyBank Center", "at Moscone
 * Center"). A body of that shape takes "the" ("at the Carter Center") or an owner ("MIT's Lorenz
 * Center"), and a longer one is an institution ("Goddard Space Flight Center").
 */
import { isFirstName, isPlaceName } from './lexicon';
import { previousToken, startIndex } from './lists';
import type { Piece } from './pieces';

/** Last words that only ever end a venue's name (a hotel's is its building's; its chain ends "Hotels"). */
const SPORTS_GROUNDS = new Set(
  'stadium stadio arena coliseum colosseum ballpark speedway velodrome field hotel amphitheatre amphitheater'.split(
    ' ',
  ),
);
/** Last words that end venues and bodies alike. */
const HALLS = new Set(['center', 'centre', 'garden', 'gardens', 'dome']);

/** Rooms and stations news names as where things happen ("in the Oval Office"), no bodies. */
const NAMED_ROOMS = new Set([
  'oval office',
  'situation room',
  'east room',
  'rose garden',
  'cabinet room',
  'international space station',
]);

export function isVenue(piece: Piece): boolean {
  const ts = piece.tokens;
  const before = previousToken(piece);
  if (ts.length < 2) return false;
  if (NAMED_ROOMS.has(ts.map((t) => t.key).join(' '))) return true;
  const last = ts[ts.length - 1].key;
  // "Sally Field" is a person: a first name alone before "Field".
  if (SPORTS_GROUNDS.has(last)) return !(ts.length === 2 && isFirstName(ts[0].key));
  // "Mansfield, MA @ Xfinity Center": a tour's or a fixture list's "@", spaced as "at" is (a
  // handle's is not: "@Reuters"), says where.
  if (/@\s+$/.test(ts[0].gap)) return true;
  if (!HALLS.has(last) || ts.length !== 2 || ts[0].possessive || !before) return false;
  // "San Francisco's Moscone Center": a hall a city owns is where things happen, not a body.
  if (before.possessive) return ownerIsPlace(piece);
  return !before.capital && ['at', 'in', 'inside', 'outside'].includes(before.key);
}

/** The capitalised words before the name, its owner's, are a place's ("San Francisco's"). */
function ownerIsPlace(piece: Piece): boolean {
  const s = piece.span.sentence;
  let i = startIndex(piece) - 1;
  const owner: string[] = [];
  while (i >= 0 && s[i].capital && owner.length < 3) owner.unshift(s[i--].key);
  return owner.length > 0 && isPlaceName(owner);
}

/** Name words (lower case) that end as a venue's do. */
export const endsInVenueWord = (words: string[]) =>
  words.length >= 2 && (SPORTS_GROUNDS.has(words.at(-1)!) || HALLS.has(words.at(-1)!));
