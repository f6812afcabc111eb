/**
 * Films, series and books written with their kind after them ("FX’s Legion and Fargo TV series"),
 * and the companies that own them. "TV" there belongs to the kind ("TV series"), not to a
 * broadcaster's name, so it is no head word. The owner before them is read in evidence.ts.
 */
import { nextToken, startIndex } from './lists';
import type { Piece } from './pieces';
import { spacedFromPrevious, type Token } from './tokens';

/** Lower-case nouns that say the name before them is a work. */
const WORK_NOUNS = new Set(
  'series miniseries film films movie movies show shows sitcom documentary novel album franchise podcast'.split(
    ' ',
  ),
);

const spaced = (t?: Token) => !!t && spacedFromPrevious(t);
export const isWorkNoun = (t?: Token) => !!t && !t.capital && spaced(t) && WORK_NOUNS.has(t.key);

/** "Legion and Fargo TV series", "the Lantern Hill TV show": a work's title, however it ends. */
export function namesTvWork(piece: Piece): boolean {
  const ts = piece.tokens;
  return ts.length > 1 && ts[ts.length - 1].key === 'tv' && isWorkNoun(nextToken(piece));
}

/** Who wrote a work: the name after "author of" is a book's title. */
const WRITERS = new Set(['author', 'co-author', 'coauthor', 'authors', 'co-authors']);

/** "Antony Loewenstein, author of The Palestine Laboratory": a book, not the body its words sound like. */
export function authoredWork(piece: Piece): boolean {
  const s = piece.span.sentence;
  let at = startIndex(piece);
  if (s[at - 1]?.key === 'the') at--;
  return s[at - 1]?.key === 'of' && !s[at - 2]?.capital && WRITERS.has(s[at - 2]?.key ?? '');
}
