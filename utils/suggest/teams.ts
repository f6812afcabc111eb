/**
 * Sports teams: a team's name stands before a player's position or its coach, and a name follows
 * ("Wild coach Bruce Boudreau", "Sabres defenseman Brandon Montour", "Browns pass rusher Myles
 * Garrett"). The nickname is often an ordinary word ("Wild", "Heat"), which nothing else would
 * take for a body. A ranked name is a team too: "No. 4 Ohio State prepares to take on No. 1 Alabama".
 */
import { hasTag, isPlace, isPlaceName, SPORTS_POSITIONS } from './lexicon';
import { endIndex, startIndex } from './lists';
import type { Piece } from './pieces';
import { spacedFromPrevious } from './tokens';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** A club's officers count as its positions: "Ravens executive Ozzie Newsome". */
const POSITIONS = new Set(['coach', 'centre', 'safety', 'executive', 'owner', ...SPORTS_POSITIONS]);
/**
 * Positions of two words: "pass rusher", "running back", "head coach", "point guard", "third
 * baseman", "center fielder".
 */
const MODIFIERS = words(
  'pass running tight wide defensive offensive starting backup middle outside nose point shooting head assistant first second third left right center',
);
const SECOND = words('rusher back end tackle guard center coach lineman receiver baseman fielder');

export function teamBeforePosition(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const plain = (k: number) => !!s[k] && !s[k].capital && spacedFromPrevious(s[k]);
  const nameAt = (k: number) => !!s[k]?.capital && spacedFromPrevious(s[k]);
  if (!plain(i)) return false;
  // "Texas A&M's backup quarterback": a player's position is a team's, never a person's (a
  // person's coach or owner may be anyone's).
  if (piece.tokens[piece.tokens.length - 1].possessive) {
    const k = MODIFIERS.has(s[i].key) && plain(i + 1) ? i + 1 : i;
    return SPORTS_POSITIONS.includes(s[k].key);
  }
  if (POSITIONS.has(s[i].key) && nameAt(i + 1)) return true;
  return MODIFIERS.has(s[i].key) && plain(i + 1) && SECOND.has(s[i + 1].key) && nameAt(i + 2);
}

/** "No. 4 Ohio State": a poll's rank before the name. */
export function rankedTeam(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = startIndex(piece);
  if (/^\s+\d{1,2}\s+$/.test(s[i]?.gap ?? '')) return s[i - 1]?.text === 'No.';
  return /^\d{1,2}$/.test(s[i - 1]?.text ?? '') && s[i - 2]?.text === 'No.';
}

const PLACE_PREFIXES = new Set('las los san santa el la le st new fort port'.split(' '));
/** Plurals after a place that name its people or parties, not a team. */
const PEOPLES = new Set(
  'democrats republicans conservatives liberals tories socialists greens residents voters'.split(
    ' ',
  ),
);

/** "Pittsburgh Steelers", "Buffalo Sabres": a city or state, then a capitalised plural nickname. */
export function placeAndNickname(piece: Piece): boolean {
  const ts = piece.tokens;
  const last = ts[ts.length - 1];
  const place = ts.slice(0, -1).map((t) => t.key);
  return (
    ts.length >= 2 &&
    ts.length <= 4 &&
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    !PEOPLES.has(last.key) &&
    !isPlace(last.key) &&
    !hasTag(last.key, 'Demonym') &&
    isPlaceName(place) &&
    // "Las Vegas", "San Marcos": the first word of a place's own name, not a place.
    !(place.length === 1 && PLACE_PREFIXES.has(place[0])) &&
    !isPlaceName(ts.map((t) => t.key))
  );
}

/**
 * "Cleveland Indians": a city, then a people's plural, is a team named for them. Of a city's
 * own people a paper writes "Cleveland residents"; a nationality after a city is a nickname.
 * Not after a country or a state: "Indian Americans", "Texas Mexicans" are people.
 */
export function cityAndPeople(piece: Piece): boolean {
  const ts = piece.tokens;
  const last = ts[ts.length - 1];
  const city = ts.slice(0, -1).map((t) => t.key);
  return (
    ts.length >= 2 &&
    ts.length <= 3 &&
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    hasTag(last.key, 'Demonym') &&
    hasTag(last.key, 'Plural') &&
    hasTag(city.join(' '), 'City')
  );
}

/** What a team has that a nickname names: its fans, its games ("an Eagles game"). */
const FOLLOWED = words('fan fans game games');

/**
 * "assembled Ravens fans", "Nets fans", "a Yankees fan", "an Eagles game": a capitalised plural
 * whose fans or games are spoken of is a team. Not a people's plural ("Democrats fans" is no English) nor a nationality. So is a
 * place and a name after it ("a Boston Red Sox fan"), which is not the place alone.
 */
export function teamOfFans(piece: Piece): boolean {
  const ts = piece.tokens;
  const last = ts[ts.length - 1];
  const s = piece.span.sentence;
  const next = s[endIndex(piece) + 1];
  if (!next || next.capital || !FOLLOWED.has(next.key) || !spacedFromPrevious(next)) return false;
  const keys = ts.map((t) => t.key);
  const placeLed =
    (ts.length >= 2 && ts.length <= 4 && isPlaceName(keys.slice(0, -1))) ||
    (ts.length >= 3 && ts.length <= 4 && isPlaceName(keys.slice(0, -2)));
  if (placeLed && !isPlaceName(keys) && !isPlace(last.key) && !hasTag(last.key, 'Demonym'))
    return true;
  return (
    ts.length <= 3 &&
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    !PEOPLES.has(last.key) &&
    !hasTag(last.key, 'Demonym')
  );
}

/** A nickname that a team's position or its fans follow, wherever the sentence opens. */
export function nicknameInContext(part: Pick<Piece, 'tokens' | 'span'>): boolean {
  const piece = { ...part, titled: false, orgOnly: false };
  return teamBeforePosition(piece) || teamOfFans(piece);
}
