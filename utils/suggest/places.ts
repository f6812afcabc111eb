/**
 * Whether a name is written as a place's: its words are a place's or a nationality's ("Cleveland
 * Indians" aside, a team: see teams.ts), it is where something is based ("the Auburn-based
 * company"), or the article gives its region after a comma ("Cupertino, Calif., company", "Modena,
 * Italy-based firm", "a psychologist in Bonn, Germany").
 */
import { hasTag, isFirstName, isPlace, isPlaceName } from './lexicon';
import { endIndex } from './lists';
import type { Piece } from './pieces';
import { cityAndPeople } from './teams';

/** Words of a direction, which with a nationality name a country's part, no body: "South Korean police". */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern']);

/**
 * Nationalities compromise's lexicon does not tag Demonym ("British", "Irish", "Turkish"). Only for
 * a nationality alone: tagging them would make "British Airways" a description of "Airways".
 */
const UNTAGGED_NATIONALITIES = new Set(
  'british english irish spanish danish swedish finnish turkish'.split(' '),
);
export const isNationality = (key: string) =>
  hasTag(key, 'Demonym') || UNTAGGED_NATIONALITIES.has(key);

export function writtenAsPlace(piece: Piece): boolean {
  const keys = piece.tokens.map((t) => t.key);
  if (piece.tokens[piece.tokens.length - 1].cue === 'based') return true;
  if (cityAndPeople(piece)) return false;
  if (isPlaceName(keys) || keys.every((k) => isPlace(k) || hasTag(k, 'Demonym'))) return true;
  return withItsRegion(piece);
}

/** ", Calif.", ", Germany", ", Italy-based": a state or a country after a comma, and no more of a name. */
function withItsRegion(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const region = s[i];
  if (!region?.capital || region.possessive || !/^,\s+$/.test(region.gap)) return false;
  // A country, or a state as news abbreviates it ("Calif.", "Ga.").
  if (
    !hasTag(region.key, 'Country', 'Region') &&
    !(isPlace(region.key) && hasTag(region.key, 'Abbreviation'))
  )
    return false;
  // The region closes the phrase ("Bonn, Germany, said", "Italy-based"): "the Fed, Greece
  // continues…" and "Lotfi Azzouz, Tunisia country director" go on.
  const next = s[i + 1];
  return (
    !isFirstName(piece.tokens[0].key) &&
    (region.cue === 'based' || !next || /^\s*[,.;)]/.test(next.gap))
  );
}
