/**
 * Sports teams: a team's name stands before a player's position or its coach, and a name follows
 * ("Wild coach Bruce Boudreau", "Sabres defenseman Brandon Montour", "Browns pass rusher Myles
 * Garrett"). The nickname is often an ordinary word ("Wild", "Heat"), which nothing else would
 * take for a body. A ranked name is a team too: "No. 4 Ohio State prepares to take on No. 1 Alabama".
 */
import { endIndex, startIndex } from './lists';
import type { Piece } from './pieces';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const POSITIONS = words(
  `coach defenseman defenceman defender forward winger centre goalie goaltender goalkeeper netminder
  striker midfielder quarterback linebacker lineman cornerback receiver safety pitcher catcher shortstop
  outfielder infielder rookie`,
);
/** Positions of two words: "pass rusher", "running back", "head coach", "point guard". */
const MODIFIERS = words(
  'pass running tight wide defensive offensive starting backup middle outside nose point shooting head assistant',
);
const SECOND = words('rusher back end tackle guard center coach lineman receiver');

export function teamBeforePosition(piece: Piece): boolean {
  if (piece.tokens[piece.tokens.length - 1].possessive) return false;
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const plain = (k: number) => !!s[k] && !s[k].capital && /^\s+$/.test(s[k].gap);
  const nameAt = (k: number) => !!s[k]?.capital && /^\s+$/.test(s[k].gap);
  if (!plain(i)) return false;
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
