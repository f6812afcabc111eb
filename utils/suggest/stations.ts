/**
 * Broadcasters by their call letters: "on AM 1090 WBAL", "WBAL-TV", "KQED 88.5 FM". A North
 * American station's call sign is three or four capitals opening with W or K; with its band and
 * frequency beside it, or its service after a hyphen, it names the station, which is an
 * organisation (a bare "WBAL" elsewhere in the article is the same one).
 */
import type { Piece } from './pieces';
import type { Token } from './tokens';

const CALL_SIGN = /^[WK][A-Z]{2,3}$/;
const WITH_SERVICE = /^[WK][A-Z]{2,3}-(?:TV|FM|AM|DT)$/;
const band = (t?: Token) => !!t && /^(?:AM|FM)$/.test(t.text);
const frequency = (t?: Token) => !!t && /^\d{2,4}(?:\.\d)?$/.test(t.text);

export function callSign(piece: Piece): boolean {
  if (piece.tokens.length !== 1) return false;
  const t = piece.tokens[0];
  if (WITH_SERVICE.test(t.text)) return true;
  if (!CALL_SIGN.test(t.text.replace(/['’]s$/, ''))) return false;
  const s = piece.span.sentence;
  const i = s.indexOf(t);
  return (
    (frequency(s[i - 1]) && band(s[i - 2])) ||
    (frequency(s[i + 1]) && band(s[i + 2])) ||
    (band(s[i - 1]) && frequency(s[i - 2]))
  );
}
