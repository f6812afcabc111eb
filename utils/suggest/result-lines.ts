/**
 * A roundup gives each game's result as a line of its own: "Jets 2, Predators 1: Patrik Laine
 * scored…". Each side is a team's nickname with its score after it; the first opens the line, where
 * no "the" marks it (nicknames.ts), and an ordinary word ("Jets", "Blues", "Hurricanes") is
 * otherwise nothing. Only a name of one or two words between scores joined by a comma: "Route 66,
 * Highway 1" would be taken as well, so entities.ts asks for a sports page first.
 */
import { endIndex, startIndex } from './lists';
import type { Piece } from './pieces';
import type { Token } from './tokens';

const SCORE = /^\d{1,3}$/;
const TEAM = /^\p{Lu}\p{Ll}+$/u;
const spaced = (t?: Token) => !!t && /^\s+$/.test(t.gap);
const afterComma = (t?: Token) => !!t && /^\s*,\s+$/.test(t.gap);

/** A team's name then its score from k on: "Predators 1", "Red Wings 3". */
function sideAt(s: Token[], k: number): boolean {
  for (let n = 1; n <= 2; n++) {
    const name = s.slice(k, k + n);
    if (name.length < n || !name.every((t) => TEAM.test(t.text))) return false;
    const score = s[k + n];
    if (score && SCORE.test(score.text) && spaced(score)) return true;
  }
  return false;
}

export function resultLine(piece: Piece): boolean {
  const ts = piece.tokens;
  if (ts.length > 2 || !ts.every((t) => TEAM.test(t.text))) return false;
  const s = piece.span.sentence;
  const i = startIndex(piece);
  const e = endIndex(piece);
  const score = s[e + 1];
  if (!score || !SCORE.test(score.text) || !spaced(score)) return false;
  // "Jets 2, Predators 1": the other side after a comma.
  if (afterComma(s[e + 2]) && sideAt(s, e + 2)) return true;
  // "…, Predators 1": the other side before the comma.
  const before = s[i - 1];
  return !!before && SCORE.test(before.text) && afterComma(s[i]) && TEAM.test(s[i - 2]?.text ?? '');
}
