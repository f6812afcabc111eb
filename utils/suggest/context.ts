/**
 * The words around a name that say what it is: a role or a saying verb for a person; a kind noun in
 * its appositive, its staff after it, "which", or where people of a role work for a body. classify.ts
 * weighs them.
 */
import { statLine } from './stat-lines';
import { marketLeaderAt } from './market-leaders';
import {
  KIND_QUALIFIERS,
  OFFICERS_OF,
  PERSON_BEFORE,
  POLL_NOUNS,
  SAYING,
  STAFF_NOUNS,
} from './cues';
import { endIndex, listOpening, nextToken, startIndex } from './lists';
import {
  hasTag,
  INSTITUTION_NOUNS,
  isFirstName,
  isPlace,
  isPlaceName,
  ORG_NOUNS,
  ROLES,
} from './lexicon';
import { isCommonWord } from './name-words';
import type { Piece } from './pieces';
import { spacedFromPrevious } from './tokens';

/** Its staff right after the name: "Con Edison officials said". */
export function spokenOfAsBody(piece: Piece): boolean {
  const after = nextToken(piece);
  return (
    !!after &&
    !piece.tokens[piece.tokens.length - 1].possessive &&
    !after.capital &&
    STAFF_NOUNS.has(after.key) &&
    spacedFromPrevious(after)
  );
}

/**
 * What follows the name says what kind of body it is, past a qualifier: "the Interfax news agency",
 * "the Zorvix think tank"; or it is a pollster: "a Gallup Korea poll".
 */
export function kindAfter(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  const [a, b] = [s[i], s[i + 1]];
  const plain = (t?: (typeof s)[number]) => !!t && !t.capital && spacedFromPrevious(t);
  if (piece.tokens[piece.tokens.length - 1].possessive || !plain(a)) return false;
  if (POLL_NOUNS.has(a.key)) return true;
  return (
    plain(b) &&
    KIND_QUALIFIERS.has(a.key) &&
    (ORG_NOUNS.has(b.key) || (a.key === 'think' && b.key === 'tank'))
  );
}

/** "the CEO of Hotelied", "president of Harvard": what an officer is "of" is a body. */
export function officerOf(piece: Piece): boolean {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  return s[at - 1]?.key === 'of' && !s[at - 1].capital && OFFICERS_OF.has(s[at - 2]?.key ?? '');
}

/** ", which …": no person, though a thing as much as a body ("the giant Tāne Mahuta, which…"). */
export function followedByWhich(piece: Piece): boolean {
  const after = nextToken(piece);
  return after?.key === 'which' && /^,\s*$/.test(after.gap);
}

/** "analysts at Morgan Stanley", "a professor at Purdue": where people of a role work is a body. */
export function worksAt(piece: Piece): boolean {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  const role = s[at - 2]?.key.replace(/s$/, '');
  return s[at - 1]?.key === 'at' && !!role && (ROLES.has(role) || ROLES.has(s[at - 2].key));
}

/** A role or a saying verb around the name: a person, or a body that speaks. */
export function hasPersonContext(piece: Piece): boolean {
  const { sentence } = piece.span;
  const at = startIndex(piece);
  const before = sentence[at - 1];
  const after = sentence[endIndex(piece) + 1];
  if (before && SAYING.has(before.key)) return true;
  // "according to Priya Raman".
  if (before?.key === 'to' && sentence[at - 2]?.key === 'according') return true;
  if (after && (SAYING.has(after.key) || after.key === 'contributed') && spacedFromPrevious(after))
    return true;
  return roleContext(piece);
}

const RULE_NOUNS = new Set(['dictatorship', 'regime', 'presidency', 'reign']);

/**
 * What is said only of people: a role or kin before ("ranger Jamie Werner", "his father, Hori
 * Parata", "cabinet ministers Jonathan Moyo and …") or after (", head of the agency"), "who", an
 * age, an editor line, a player's numbers ("Tuukka Rask made 25 saves").
 */
function roleContext(piece: Piece): boolean {
  const { sentence } = piece.span;
  const at = startIndex(piece);
  const before = sentence[at - 1];
  const after = sentence[endIndex(piece) + 1];
  if (roleSaid(piece) || statLine(piece)) return true;
  if (before && PERSON_BEFORE.has(before.key)) return true;
  // "the dictatorship of Bashar Assad", "the regime of …": a rule is a ruler's.
  if (before?.key === 'of' && RULE_NOUNS.has(sentence[at - 2]?.key ?? '')) return true;
  const opener = sentence[listOpening(piece) - 1];
  if (
    opener &&
    !opener.capital &&
    (ROLES.has(opener.key) || ROLES.has(opener.key.replace(/s$/, '')))
  )
    return true;
  // "Washiqur Rahman, who aired his outrage…": "who" is said of people.
  if (after?.key === 'who' && /^,\s*$/.test(after.gap)) return true;
  // An editor line: "Editor in charge: Li Fang", "Reporter - Mao Rongxi".
  return (
    /[:\-–—]/.test(piece.tokens[0].gap) &&
    sentence.slice(Math.max(0, at - 3), at).some((t) => ROLES.has(t.key))
  );
}

/**
 * A role said of this one person: right before it ("oceanographer Pattiaratchi"), in its
 * appositive (", head of the agency"), or an age (", 75,"). A company does not have these, so a
 * lone name with one is a person's even where it also speaks as bodies do ("Soelistyo said");
 * "who" and a plural role before a list ("ministers A and B") are said of groups as well.
 */
export function roleSaid(piece: Piece): boolean {
  const { sentence } = piece.span;
  const before = sentence[startIndex(piece) - 1];
  const after = sentence[endIndex(piece) + 1];
  const at = startIndex(piece) - 1;
  if (before && ROLES.has(before.key) && !marketLeaderAt(sentence, at)) return true;
  // "a laboratory in Pasadena, lead author of the study": after "in" a word is where the one
  // named before works; the role is that person's.
  if (before?.key === 'in' && !before.capital) return false;
  if (appositive(piece, ROLES)) return true;
  return !!after && /^,\s*$/.test(after.gap) && /^\d{1,3}$/.test(after.text);
}

/** Nouns an apposition makes a company of, whatever else the word is; not "city" nor "state". */
export const COMPANY_NOUNS = new Set(
  'company firm startup start-up retailer brokerage insurer lender conglomerate automaker carmaker chipmaker airline network broadcaster accelerator'.split(
    ' ',
  ),
);

/** ", a professor at…", ", an al-Qaeda-linked organization": a role or kind within the next few words. */
export function appositive(piece: Piece, nouns: Set<string>): boolean {
  const s = piece.span.sentence;
  const end = endIndex(piece);
  if (!/^,\s*$/.test(s[end + 1]?.gap ?? '')) return false;
  // The words right after the window too: ", 35, a steel firm employee" (the role closes it).
  const ahead = s.slice(end + 1, end + 7);
  const near = ahead.slice(0, 4);
  // Stop at "of" / a possessive: in ", the company's founder" the company is someone else.
  const stop = near.findIndex((t) => t.possessive || t.key === 'of');
  // A noun that a role follows only qualifies it: ", the department head", ", a company director",
  // ", college third basemen" (one word between, a plural role).
  // A capitalised one is part of another name: ", a senior Labour Party figure".
  const role = (k: number) =>
    !!ahead[k] && ROLES.has(ahead[k].key.replace(/men$/, 'man').replace(/s$/, ''));
  return near
    .slice(0, stop < 0 ? near.length : stop)
    .some(
      (t, i) =>
        nouns.has(t.key) &&
        !t.capital &&
        !ROLES.has(ahead[i + 1]?.key ?? '') &&
        !role(i + 1) &&
        !role(i + 2),
    );
}

/** Where a name ends when a lower-case institution noun follows it ("the Bardo museum"), or undefined. */
export function institutionEnd(piece: Piece): number | undefined {
  const after = nextToken(piece);
  if (after && !after.capital && INSTITUTION_NOUNS.has(after.key) && spacedFromPrevious(after))
    return after.end;
  return campusEnd(piece);
}

/**
 * "the University of California, San Diego": a university named after a state, then its campus's
 * city after a comma, is one institution. The city is one or two capitalised words the lexicon
 * knows as a place, and the name ends there (punctuation or a lower-case word follows).
 */
function campusEnd(piece: Piece): number | undefined {
  const keys = piece.tokens.map((t) => t.key);
  if (!/^(?:university|college) of \S+(?: \S+)?$/.test(keys.join(' ')) || !isPlace(keys.at(-1)!))
    return undefined;
  const s = piece.span.sentence;
  const at = endIndex(piece) + 1;
  if (!s[at]?.capital || !/^,\s+$/.test(s[at].gap)) return undefined;
  for (const n of [2, 1]) {
    const city = s.slice(at, at + n);
    const next = s[at + n];
    if (
      city.length === n &&
      city.every((t, i) => t.capital && (i === 0 || spacedFromPrevious(t))) &&
      isPlaceName(city.map((t) => t.key)) &&
      (!next || !next.capital || !spacedFromPrevious(next))
    )
      return city[n - 1].end;
  }
  return undefined;
}

/**
 * "Tom Forte of D.A. Davidson", "Jamie Werner of Ngātiwai": a name's affiliation. Both sides are
 * names, not words: "Gears of War", "House of Representatives" are neither. A first name before
 * an ordinary word makes it a family name ("Karen Seal of UC San Francisco").
 */
export function affiliationOf(piece: Piece): boolean {
  const s = piece.span.sentence;
  const at = startIndex(piece);
  const owner = s[at - 2];
  const fullName = !!s[at - 3]?.capital && isFirstName(s[at - 3].key) && spacedFromPrevious(owner);
  return (
    s[at - 1]?.key === 'of' &&
    !!owner?.capital &&
    // "The conviction on Thursday of Aleksei A. Navalny": a day is nobody's.
    !hasTag(owner.key, 'WeekDay', 'Month', 'Date') &&
    spacedFromPrevious(s[at - 1]) &&
    // "the Swift-boating of John Kerry": a gerund's object, no member of a body.
    (fullName || (!isCommonWord(owner.key) && !hasTag(owner.key.split('-').pop()!, 'Gerund'))) &&
    piece.tokens.every((t) => !isCommonWord(t.key))
  );
}
