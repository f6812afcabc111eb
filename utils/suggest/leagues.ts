/**
 * Sports conferences are bodies, not events: "Mid-American Conference", "Atlantic Coast
 * Conference", "Big Ten". A conference that is a meeting is named for its subject or its city
 * ("Munich Security Conference", "Game Developers Conference"); a league only for the region it
 * covers, or its size after "Big".
 */
import { OFFICERS_OF } from './cues';
import { COMPASS, EVENT_HEADS, hasTag } from './lexicon';
import { endIndex, startIndex } from './lists';
import type { Piece } from './pieces';
import { spacedFromPrevious, type Token } from './tokens';

/** Words a region is named by besides the compass: "Atlantic Coast", "Mountain West", "Ivy". */
const REGION_WORDS = new Set(
  'atlantic pacific coast gulf mountain valley sun belt ivy great lakes plains midwest'.split(' '),
);

/**
 * Games a league or association is named for, after its head: "Major League Baseball", "Major
 * League Soccer", "Major League Gaming" (video games played as a sport), "Association of Tennis
 * Professionals" aside. The games are a closed set of words.
 */
export const SPORTS = new Set(
  'baseball football soccer hockey basketball lacrosse rugby cricket softball volleyball gaming esports'.split(
    ' ',
  ),
);

const isNumber = (t: Token) => /^\d+$/.test(t.text) || hasTag(t.key, 'TextValue', 'Cardinal');
/** "Southeastern", "Mid-American", "Pac-12": a compass word, a region, "Mid-"/"Pac-" or a number. */
const isRegion = (t: Token) =>
  COMPASS.has(t.key) ||
  REGION_WORDS.has(t.key) ||
  /^(north|south)(east|west)ern$/.test(t.key) ||
  /^(mid|pac)-/.test(t.key) ||
  isNumber(t);

export function isLeague(ts: Token[]): boolean {
  const conference = ts.length > 1 && ts[ts.length - 1].key === 'conference';
  const words = conference ? ts.slice(0, -1) : ts;
  // "Big Ten", "Big 12", "Big East" (with or without "Conference").
  if (
    words.length === 2 &&
    words[0].key === 'big' &&
    !spokenOfTogether(words) &&
    (isNumber(words[1]) || isRegion(words[1]))
  )
    return true;
  return conference && words.every(isRegion);
}

/**
 * "The Big Three", "the Big Six publishers": a few players, firms or powers spoken of together,
 * neither a conference nor a body of their own (classify.ts calls them 'other').
 */
export const spokenOfTogether = (ts: Token[]) =>
  ts.length === 2 && ts[0].key === 'big' && FEW.has(ts[1].key);
const FEW = new Set('two three four five six seven eight nine'.split(' '));

/** "Mid-American Conference West Division": the league is the body; its division is a part of it. */
export function dropDivision(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.key === 'conference');
  const rest = tokens.slice(at + 1);
  const division = rest.length === 2 && isRegion(rest[0]) && rest[1].key === 'division';
  return at > 0 && division && isLeague(tokens.slice(0, at + 1)) ? tokens.slice(0, at + 1) : tokens;
}

/**
 * "Duane Smith, head of the Inuit Circumpolar Conference", "senior National Conference leader
 * Abdul Malik": a conference or convention that has officers or leaders is a standing body (a
 * party, a league), not a meeting.
 */
export function conferenceWithOfficers(piece: Piece): boolean {
  const ts = piece.tokens;
  if (ts.length < 2 || !['conference', 'convention'].includes(ts[ts.length - 1].key)) return false;
  const s = piece.span.sentence;
  const at = startIndex(piece);
  const [role, name] = [s[endIndex(piece) + 1], s[endIndex(piece) + 2]];
  const led = !!role && !role.capital && LEADERS.has(role.key) && !!name?.capital;
  if (led && !ts[ts.length - 1].possessive && spacedFromPrevious(role)) return true;
  const the = s[at - 1]?.key === 'the' ? 1 : 0;
  const of = s[at - 1 - the];
  return of?.key === 'of' && !of.capital && OFFICERS_OF.has(s[at - 2 - the]?.key ?? '');
}

/** Who leads a standing body, named before the leader's name: "National Conference leader …". */
const LEADERS = new Set(['leader', 'leaders', 'chief', 'president', 'chairman', 'spokesman']);

/**
 * "its first Southern Section Division 4 Championship": a name that a number and an event's head
 * go on from is the first part of the event's name, cut at the number.
 */
export function numberedEvent(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece);
  const spaced = (k: number) => !!s[k] && spacedFromPrevious(s[k]);
  return (
    /^\d+$/.test(s[i + 1]?.text ?? '') &&
    spaced(i + 1) &&
    spaced(i + 2) &&
    !!s[i + 2]?.capital &&
    EVENT_HEADS.has(s[i + 2].key)
  );
}
