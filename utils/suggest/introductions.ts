/**
 * What the words before a name introduce it as: one of a list of companies ("U.S. companies OkCupid
 * and CREDO Mobile", "mortgage giants Fannie Mae and Freddie Mac"), a member or a partner of
 * something ("linked to", "partnered with"), what a company buys ("to buy"), a source ("told"),
 * a body's name with its article ("the Fed").
 * evidence.ts weighs these with the words after the name.
 */
import {
  BODIES,
  COMPANIES_BEFORE,
  COMPANY_POSSESSIONS,
  MEMBERSHIP,
  OFFICERS_OF,
  OFFICES,
  STAFF_NOUNS,
} from './cues';
import { hasTag, isFirstName, isFunctionWord, isPlace, tagsOf } from './lexicon';
import { endIndex, listOpening, nextToken, previousToken, startIndex } from './lists';
import type { Piece } from './pieces';
import { spacedFromPrevious } from './tokens';

/** "U.S. companies OkCupid and CREDO Mobile": every name of a list that a plural company noun opens. */
export function listedAfterCompanyNoun(piece: Piece): boolean {
  const s = piece.span.sentence;
  let i = listOpening(piece) - 1;
  if (COMPANIES_BEFORE.has(s[i]?.key ?? '') || officersOfList(piece)) return true;
  // "such organisations as the RSPCA", "groups including Amnesty International".
  if (s[i]?.key === 'the') i--;
  if (!['as', 'including', 'like'].includes(s[i]?.key ?? '')) return false;
  if (s[i - 1]?.key === 'such') i--;
  // "such rivals as Pandora, Rhapsody and Rdio": a plural company noun opens examples too.
  const bodies = (k: string) => BODIES.has(k) || COMPANIES_BEFORE.has(k);
  if (bodies(s[i - 1]?.key ?? '') || bodies(s[i - 2]?.key ?? '')) return true;
  // "companies producing surveillance systems, like Elbit, Candiru, and Rafael": a few lower-case
  // words may qualify the plural, with no other punctuation than the comma before "like". Not a
  // preposition's phrase: in "other organisations in countries including Holland" the list is of
  // countries.
  const stop = (t: (typeof s)[number]) => t.capital || isFunctionWord(t.key);
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (stop(s[k]) || stop(s[k + 1]) || !spacedFromPrevious(s[k + 1])) return false;
    if (k <= i - 3 && bodies(s[k].key)) return true;
  }
  return false;
}

/**
 * "working with Europol and other overseas authorities": a name that "and other" joins to a plural
 * of bodies is one of them (a word or two may qualify the plural).
 */
export function amongOtherBodies(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece);
  if (!['and', 'or'].includes(s[i + 1]?.key ?? '') || s[i + 2]?.key !== 'other') return false;
  for (let k = i + 3; k <= i + 5 && s[k] && !s[k].capital && spacedFromPrevious(s[k]); k++)
    if (BODIES.has(s[k].key) || COMPANIES_BEFORE.has(s[k].key)) return true;
  return false;
}

/** Verbs that say a finding was printed somewhere. */
const PRINT_VERBS = new Set(
  'report reports reported publish publishes published write writes wrote appear appears appeared'.split(
    ' ',
  ),
);

/**
 * "the researchers report online June 4 in The Lancet": a name with its own capital "The", after
 * "in", in a sentence that reports or publishes, is where it was printed.
 */
export function printedIn(piece: Piece): boolean {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  const the = s[at - 1];
  if (!the?.capital || the.key !== 'the' || at < 3 || s[at - 2].key !== 'in') return false;
  return s.slice(0, at - 2).some((t) => PRINT_VERBS.has(t.key));
}

/**
 * "mortgage giants Fannie Mae and Freddie Mac": a plural company noun right before a list of names
 * joined by "and" or "or" (a comma may also close the sentence's subject: "…, Jane Doe said").
 */
export function openedByCompanyNoun(piece: Piece): boolean {
  const s = piece.span.sentence;
  const open = listOpening(piece);
  const joined = s.slice(open + 1, startIndex(piece) + 1).every((t) => !/,/.test(t.gap));
  if (officersOfList(piece)) return true;
  return joined && COMPANIES_BEFORE.has(s[open - 1]?.key ?? '') && !s[open - 1].capital;
}

/**
 * A name shaped like a person's that the words around it make a body's: a list that a plural
 * company noun or officers open, or an office and another person's full name after it
 * ("Harper Collins CEO Brian Murray": one holds the office in the other).
 */
export function personShapedBody(piece: Piece): boolean {
  if (openedByCompanyNoun(piece)) return true;
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const [office, first, family] = [s[i], s[i + 1], s[i + 2]];
  const spaced = [office, first, family].every((t) => t?.capital && spacedFromPrevious(t));
  return (
    spaced && OFFICES.has(office.key) && !piece.tokens.at(-1)!.possessive && isFirstName(first.key)
  );
}

/**
 * "the CEOs of Macmillan, Hachette, Harper Collins and Random House": what officers in the plural
 * are "of" is a list of bodies, each with its own officer, however personal a name in it looks.
 * Not a list of states ("the presidents of France and Mexico").
 */
function officersOfList(piece: Piece): boolean {
  const s = piece.span.sentence;
  const open = listOpening(piece);
  const [officers, of] = [s[open - 2], s[open - 1]];
  if (of?.key !== 'of' || of.capital || !officers?.key.endsWith('s')) return false;
  if (!OFFICERS_OF.has(officers.key) && !OFFICERS_OF.has(officers.key.slice(0, -1))) return false;
  const keys = piece.tokens.map((t) => t.key);
  return !hasTag(keys.join(' '), 'Country', 'City', 'Region', 'Place') && !isPlace(keys[0]);
}

export function introducedAsMember(piece: Piece): boolean {
  return follows(piece, MEMBERSHIP, listOpening(piece)) && !modifiesNoun(piece);
}

/**
 * "to buy Quell HD versions of the films": a name before a lower-case noun only describes what is
 * bought or joined, unless the noun is the body's own. A verb, an adjective or a small word after it leaves the name the object
 * ("to buy Oculus VR for $2 billion", "joined Zorvix last year").
 */
function modifiesNoun(piece: Piece): boolean {
  const after = nextToken(piece);
  return (
    !!after &&
    !after.capital &&
    spacedFromPrevious(after) &&
    /^\p{Ll}+$/u.test(after.text) &&
    !isFunctionWord(after.key) &&
    // "a member of the Zorvix board": the body's own board, staff or shares.
    !COMPANY_POSSESSIONS.has(after.key) &&
    !STAFF_NOUNS.has(after.key) &&
    !hasTag(
      after.key,
      'Adjective',
      'PastTense',
      'PresentTense',
      'Infinitive',
      'Gerund',
      'Copula',
      'Modal',
      'Auxiliary',
      'Date',
      'Duration',
    )
  );
}

/** Whether one of the phrases stands right before the piece (or before `at`), "the" aside. */
export function follows(piece: Piece, phrases: string[][], at = startIndex(piece)): boolean {
  const s = piece.span.sentence;
  if (s[at - 1]?.key === 'the') at--;
  const words = s.slice(Math.max(0, at - 2), at).map((t) => t.key);
  return phrases.some((p) => p.every((w, k) => words[words.length - p.length + k] === w));
}

/**
 * "transfixed on the Fed", "the Met reopens": a word the lexicon knows only as a past tense, capitalised
 * after "the" inside a sentence, is a name, and a name with the article is a body's (people are
 * not "the Jane"). Not at a sentence's start, where "The" is capitalised for opening it.
 */
export function definiteVerbName(piece: Piece): boolean {
  const t = piece.tokens[0];
  const before = previousToken(piece);
  return (
    piece.tokens.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    before?.key === 'the' &&
    tagsOf(t.key).length > 0 &&
    tagsOf(t.key).every((tag) => tag === 'PastTense')
  );
}

/** Kinds of company an article introduces a name with, then "called": "a vendor … called X". */
const CALLED_KINDS = new Set(
  'company firm startup start-up vendor maker retailer developer publisher brand chain nonprofit charity'.split(
    ' ',
  ),
);

/**
 * "a Christian vendor of Internet filtering software called Covenant Eyes", "a startup named
 * Quellmo": a company's kind with its article, at most six words before "called" or "named".
 */
export function calledByKind(piece: Piece): boolean {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  if (!['called', 'named'].includes(s[at - 1]?.key ?? '') || s[at - 1].capital) return false;
  for (let k = at - 2; k >= Math.max(1, at - 8); k--)
    if (CALLED_KINDS.has(s[k].key) && !s[k].capital)
      return s.slice(Math.max(0, k - 3), k).some((t) => ['a', 'an'].includes(t.key));
  return false;
}
