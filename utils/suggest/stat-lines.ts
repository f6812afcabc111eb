/**
 * A game's report credits players with numbers: "Semyon Varlamov stopped 27 shots", "Tuukka Rask
 * made 25 saves", "Brock Nelson's second goal". A name of two words or more with such a line is a
 * player's, however unknown its first name. Bodies have numbers too ("made 25 acquisitions"), so
 * the count must be of a game's things.
 */
import { endIndex } from './lists';
import type { Piece } from './pieces';

const STAT_VERBS = new Set(['scored', 'stopped', 'made', 'had', 'added', 'blocked', 'saved']);
const STATS = new Set(
  `goal goals assist assists save saves shot shots point points rebound rebounds touchdown touchdowns
  yard yards tackle tackles sack sacks hit hits strikeout strikeouts homer homers run runs
  interception interceptions`.split(/\s+/),
);
const NUMBER = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const ORDINAL =
  /^(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|career-high|season-high)$/;

export function statLine(piece: Piece): boolean {
  if (piece.tokens.length < 2) return false;
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const last = piece.tokens[piece.tokens.length - 1];
  // "Brock Nelson's second goal", "Rask's 25th save".
  if (last.possessive) return ORDINAL.test(s[i]?.key ?? '') && STATS.has(s[i + 1]?.key ?? '');
  // "stopped 27 shots", "made 25 saves", "scored two goals".
  return (
    STAT_VERBS.has(s[i]?.key ?? '') &&
    NUMBER.test(s[i + 1]?.key ?? '') &&
    STATS.has(s[i + 2]?.key ?? '')
  );
}
