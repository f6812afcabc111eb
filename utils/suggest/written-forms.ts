/**
 * Names whose written form says their kind before anything around them does: a paper written with
 * its own capital "The" inside a sentence, a monarch's or a pope's given names and regnal number.
 */
import { isFirstName, isPlaceName } from './lexicon';
import { previousToken } from './lists';
import { PAPER_HEADS } from './openers';
import type { Piece } from './pieces';

/** A regnal number from II on: "I" alone is more often the pronoun. */
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XI?X|XXI{0,3})$/;
/** How often a paper comes out, opening its name: "The Daily Beast", "The Sunday Quellan". */
const PERIODICAL = new Set(['daily', 'weekly', 'sunday', 'evening', 'morning']);

/**
 * "told The Daily Beast", "handed documents to The Guardian": a paper keeps its capital "The"
 * inside a sentence, and its name ends in a paper's word or opens with how often it comes out.
 */
export function isPaperWithThe(piece: Piece): boolean {
  const ts = piece.tokens;
  const before = previousToken(piece);
  return (
    ts.length <= 3 &&
    before?.key === 'the' &&
    before.capital &&
    before !== piece.span.sentence[0] &&
    (PAPER_HEADS.has(ts[ts.length - 1].key) || PERIODICAL.has(ts[0].key))
  );
}

/**
 * "owns the Baltimore Sun", "the Hartford Courant reported", "the Orange County Register": after
 * "the", a place's name and then a paper's word is the place's paper.
 */
export function isPlacePaper(piece: Piece): boolean {
  const opensWithThe = piece.tokens[0]?.key === 'the';
  const ts = opensWithThe ? piece.tokens.slice(1) : piece.tokens;
  return (
    (opensWithThe || previousToken(piece)?.key === 'the') &&
    ts.length >= 2 &&
    ts.length <= 4 &&
    !ts.some((t) => t.possessive && t !== ts[ts.length - 1]) &&
    PAPER_HEADS.has(ts[ts.length - 1].key) &&
    isPlaceName(ts.slice(0, -1).map((t) => t.key))
  );
}

/**
 * "Benedict XVI", "Nicholas II", "John Paul II": given names and a regnal number are a monarch
 * or a pope, whatever else the shape suggests.
 */
export function isRegnalName(piece: Piece): boolean {
  const ts = piece.tokens;
  return (
    ts.length > 1 &&
    REGNAL.test(ts[ts.length - 1].text) &&
    ts.slice(0, -1).every((t) => isFirstName(t.key) && !t.possessive)
  );
}
