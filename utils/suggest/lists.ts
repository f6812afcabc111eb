/**
 * Names in lists and beside companies: where the list holding a name starts (what introduces it
 * speaks for every name in it), and whether the company list or its neighbours make a lone word a
 * company's name. Also the tokens right before and after a piece, which every rule looks at.
 */
import { isCompanyName, isCompanyWord } from './gazetteer';
import { isFirstName, isKnownOrg, isPlace } from './lexicon';
import type { Piece } from './pieces';
import { spacedFromPrevious, type Token } from './tokens';

/**
 * Where the list of names holding the piece starts: "executives from News Corporation and
 * Fairfax", "cabinet ministers Jonathan Moyo and Saviour Kasukuwere". What introduces the list
 * (the word before that index) speaks for every name in it.
 */
export function listOpening(piece: Piece): number {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  let start = at;
  for (let i = at - 1; i >= Math.max(0, at - 12); i--) {
    // Within the list only names, "and", "or", "the" and commas.
    if (!/^,?\s+$/.test(s[i + 1].gap)) break;
    if (s[i].capital) start = i;
    else if (!['and', 'or', 'the'].includes(s[i].key)) break;
  }
  return start;
}

/**
 * One word the company list holds: "Tumblr" wherever it stands; "Apple", an ordinary word too, only
 * as the owner of something named ("Apple's iTunes Store"). Never after "the" ("the Alliance").
 */
export function listedCompany(piece: Piece): boolean {
  if (piece.tokens.length !== 1) return false;
  const t = piece.tokens[0];
  if (famousWordCompany(piece)) return true;
  // "the Alliance", "on Westlake", "in Omaha": the list also holds name parts and places.
  if (['the', 'in', 'on', 'near'].includes(previousToken(piece)?.key ?? '')) return false;
  if (isFirstName(t.key) || isPlace(t.key)) return false;
  const after = nextToken(piece);
  // "Omaha, Nebraska": a place named with its state or country.
  if (after && /^,\s+$/.test(after.gap) && isPlace(after.key)) return false;
  if (isCompanyName(t.key)) return true;
  if (!isCompanyWord(t.key)) return false;
  // "Apple and Samsung declined": named beside a company the lexicon or the list knows.
  if (besideCompany(piece)) return true;
  // "Apple and its late CEO": "its" takes it back as a body, where a person would be "his", "her".
  const s = piece.span.sentence;
  const i = endIndex(piece);
  if (!t.possessive && s[i + 1]?.key === 'and' && s[i + 2]?.key === 'its') return true;
  // "Apple's iTunes Store": the owned thing's name may start in lower case.
  const named = !!after && (after.capital || /^\p{Ll}\p{Lu}/u.test(after.text));
  return t.possessive && named && spacedFromPrevious(after);
}

/**
 * Companies named by an ordinary word that news, capitalising it inside a sentence, means as the
 * company: "sold on Amazon", "tech powerhouse Apple", "Alphabet's shares". Not where the word opens
 * the sentence, nor after "the" ("the Amazon"), nor before what makes it a place ("Amazon rainforest").
 */
const FAMOUS_WORD_COMPANIES = new Set(['apple', 'amazon', 'alphabet']);
const PLACE_AFTER = new Set(['rainforest', 'river', 'basin', 'jungle', 'region', 'delta']);

function famousWordCompany(piece: Piece): boolean {
  const t = piece.tokens[0];
  if (!FAMOUS_WORD_COMPANIES.has(t.key) || startIndex(piece) === 0) return false;
  return previousToken(piece)?.key !== 'the' && !PLACE_AFTER.has(nextToken(piece)?.key ?? '');
}

/**
 * A registered firm's suffix: "Sierra Nevada Corporation" is a company in a list however unknown
 * its other words ("Blue Origin, Sierra Nevada Corporation and SpaceX").
 */
const FIRM_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'ltd', 'llc', 'plc']);

/** A word that marks a company in a list: a known body or company, or a firm's suffix. */
const firm = (t: Token) => isKnownOrg(t.key) || isCompanyName(t.key) || FIRM_SUFFIXES.has(t.key);

/** "Facebook, Twitter, YouTube and Quora": how many other names of its list are known companies. */
export function listedWithCompanies(piece: Piece): number {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  let n = 0;
  for (let i = listOpening(piece); i < Math.min(s.length, at + 12); i++) {
    if (i > at && !/^,?\s+$/.test(s[i].gap)) break;
    if (i !== at && s[i].capital && firm(s[i])) n++;
    else if (i > at && !s[i].capital && !['and', 'or'].includes(s[i].key)) break;
  }
  return n;
}

function besideCompany(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = startIndex(piece);
  const known = (t?: Token) => !!t?.capital && (isKnownOrg(t.key) || isCompanyName(t.key));
  const joins = (t?: Token) => !!t && (t.key === 'and' || t.key === 'or');
  return (
    (joins(s[i + 1]) && known(s[i + 2])) ||
    (joins(s[i - 1]) && known(s[i - 2])) ||
    (/^,\s+$/.test(s[i + 1]?.gap ?? '') && known(s[i + 1])) ||
    (/^,\s+$/.test(piece.tokens[0].gap) && known(s[i - 1]))
  );
}

/** Where the piece's first token stands in its sentence. */
export const startIndex = (piece: Piece) => piece.span.sentence.indexOf(piece.tokens[0]);
/** Whether the piece opens its sentence, where any word is capitalised. */
export const opensSentence = (piece: Pick<Piece, 'tokens' | 'span'>) =>
  piece.span.atStart && piece.tokens[0] === piece.span.tokens[0];

/** Where the piece's last token stands in its sentence. */
export const endIndex = (piece: Piece) => piece.span.sentence.indexOf(piece.tokens.at(-1)!);

export function nextToken(piece: Piece): Token | undefined {
  return piece.span.sentence[endIndex(piece) + 1];
}

export function previousToken(piece: Piece): Token | undefined {
  return piece.span.sentence[startIndex(piece) - 1];
}
