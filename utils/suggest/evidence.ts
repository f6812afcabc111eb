/**
 * Evidence from the words around a name that it is a company or another body, or a product: what
 * a lone capitalised word or an acronym needs before it is offered as an organisation. Names that
 * merely recur are not offered: products and series recur as much as companies.
 */
import { callSign } from './stations';
import {
  AUXILIARIES,
  COMPANY_BEFORE,
  COMPANY_VERBS,
  COMPANY_POSSESSIONS,
  EXPERTS_AFTER,
  OFFICERS_AFTER,
  OFFICES,
  ORG_CUES,
  PRINTED_IN,
  SOURCE_BEFORE,
  STAFF_NOUNS,
} from './cues';
import { hasTag, isFirstName, isPlace, isPlaceName, NOT_ORG_ACRONYMS, tagsOf } from './lexicon';
import { endIndex, listedWithCompanies, nextToken, previousToken } from './lists';
import { isNationality } from './places';
import {
  amongOtherBodies,
  calledByKind,
  definiteVerbName,
  follows,
  introducedAsMember,
  listedAfterCompanyNoun,
  printedIn,
} from './introductions';
import type { Piece } from './pieces';
import { spacedFromPrevious, type Token } from './tokens';
import { isWorkNoun } from './works';
import { isProductShaped } from './products';

export function isAcronym(text: string): boolean {
  return /^(\p{Lu}{2,6}|(\p{Lu}\.){2,4})$/u.test(text.replace(/['’]s$/, ''));
}

/**
 * "an Apple executive", "a former Google executive": one of a company's people. Not an executive
 * order, branch or privilege, which a president's name goes with.
 */
function companysExecutive(s: Token[], i: number): boolean {
  return s[i].key === 'executive' && !NOT_AN_EXECUTIVE.has(s[i + 1]?.key ?? '');
}
const NOT_AN_EXECUTIVE = new Set(
  'order orders branch branches privilege power powers action actions authority session'.split(' '),
);

/**
 * A name acts as a company or a body when it does what companies do ("Mojang has failed to act"),
 * a company noun introduces it ("Minecraft developer Mojang"), its staff are named after it
 * ("Tumblr spokesperson") or someone belongs to it ("militants linked to the Islamic State").
 * Verbs count for one word only: "Ammar Askar said" is a person. People's names and places are
 * excluded by the lexicon.
 */
export function actsLikeCompany(piece: Piece): boolean {
  const ts = piece.tokens;
  const t = ts[0];
  const last = ts[ts.length - 1];
  if (tickerAfter(piece)) return true;
  if (isFirstName(t.key) || isPlaceName(ts.map((u) => u.key))) return false;
  if (
    ts.length === 1 &&
    (hasTag(t.key, 'LastName', 'Person', 'Place', 'Country', 'City', 'Plural') ||
      isPlace(t.key) ||
      isNationality(t.key) ||
      /ists?$/.test(t.key))
  )
    return false;
  if (ts.length === 1 && NOT_ORG_ACRONYMS.has(t.key.replace(/\./g, ''))) return false;
  if (definiteAcronym(piece) || definiteVerbName(piece) || callSign(piece)) return true;
  if (listedAfterCompanyNoun(piece) || calledByKind(piece)) return true;
  if (ownsWorkOrModel(piece)) return true;
  const before = previousToken(piece);
  if (before && !before.capital && COMPANY_BEFORE.has(before.key)) {
    // "tech giant Google" introduces; "the giant Tāne Mahuta" describes.
    const det = piece.span.sentence[piece.span.sentence.indexOf(before) - 1];
    if (before.key !== 'giant' || (det && !['the', 'a', 'an'].includes(det.key))) return true;
  }
  // "Kroger-owned QFC", "Amazon-owned Whole Foods"; "Seattle-based Zillow" (a person would have a
  // noun between: "US-based blogger Avijit Roy").
  if (before?.cue && (ORG_CUES.has(before.cue) || before.cue === 'based')) return true;
  if (introducedAsMember(piece)) return true;
  // "told Reuters", "told Live Science": a longer name too when ordinary words are in it and no
  // person's ("told Jane Doe" is a person; a first name was ruled out above).
  // A journal's name may be longer: "a paper published in Oxford Open Climate Change".
  const longest = follows(piece, PRINTED_IN) ? 5 : 3;
  if (
    follows(piece, SOURCE_BEFORE) &&
    (ts.length === 1 ||
      (ts.length <= longest &&
        ts.some((u) => isOrdinary(u.key)) &&
        !ts.some((u) => hasTag(u.key, 'MaleName', 'FemaleName', 'LastName', 'Person'))))
  )
    return true;
  // "institutions, including American Express, Citigroup, Credit Suisse, PayPal": two words
  // that no first name opens count as one. Not a maker's acronym and a model ("ZTE Open").
  const oneName =
    ts.length === 1 || (ts.length === 2 && !isFirstName(ts[0].key) && !isAcronym(ts[0].text));
  // Not a product with its model number: "the Xbox Corporation and PlayStation 4 owners".
  const model = /^\d/.test(nextToken(piece)?.text ?? '');
  if (oneName && !model && !ts.some((u) => isPlace(u.key)) && listedWithCompanies(piece) >= 2)
    return true;
  if (amongOtherBodies(piece) || printedIn(piece)) return true;
  const s = piece.span.sentence;
  let i = s.indexOf(last) + 1;
  const next = s[i];
  // "Zentrigo’s chief executive", "Fluxly’s shareholders".
  if (last.possessive && next && spacedFromPrevious(next) && ownedByCompany(s, i)) return true;
  // "NSF's Division of Earth Sciences": an acronym that owns a unit is a body.
  if (last.possessive && isAcronym(last.text) && ownsBody(s, i)) return true;
  // "Snapchat CEO Evan Spiegel", "Apple founder Steve Jobs", also at the start of a sentence.
  if (next && OFFICERS_AFTER.has(next.key) && spacedFromPrevious(next) && !last.possessive)
    return true;
  // "Quellan Partners analyst Jane Doe": a firm's expert, named after the firm.
  if (
    next &&
    !next.capital &&
    EXPERTS_AFTER.has(next.key) &&
    spacedFromPrevious(next) &&
    !last.possessive &&
    s[i + 1]?.capital
  )
    return true;
  // "Dallas Fed President Jane Doe": a name of two words or more before an office and a person's
  // name is the body the office is in (one word may be an adjective: "Former President…").
  if (
    ts.length >= 2 &&
    next?.capital &&
    OFFICES.has(next.key) &&
    spacedFromPrevious(next) &&
    !last.possessive &&
    s[i + 1]?.capital &&
    !ts.some((u) => hasTag(u.key, 'Adjective', 'Demonym'))
  )
    return true;
  if (
    next &&
    !next.capital &&
    (STAFF_NOUNS.has(next.key) || companysExecutive(s, i)) &&
    spacedFromPrevious(next) &&
    !last.possessive &&
    // Not at the start of a sentence: "Security officials are concerned" names no body.
    s.indexOf(t) > 0
  )
    return true;
  // Verbs count for one word, or for a name of ordinary words only ("Human Rights Watch
  // documented…"): "Ammar Askar said" is a person.
  if (ts.length > 1 && !ts.every((u) => isOrdinary(u.key))) return false;
  if (s[i] && AUXILIARIES.has(s[i].key)) i++;
  // "The Onion famously once said", "Quellco also reported": adverbs between name and verb.
  const adverb = (u: Token) =>
    !u.capital && (hasTag(u.key, 'Adverb') || /^\p{Ll}+ly$/u.test(u.text));
  for (let k = 0; k < 2 && s[i] && adverb(s[i]); k++) i++;
  return (
    !t.possessive &&
    !!s[i] &&
    !s[i].capital &&
    COMPANY_VERBS.has(s[i].key) &&
    spacedFromPrevious(s[i])
  );
}

/** Whether every letter of `short` comes in `long`, in the same order. */
function lettersInOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Stock exchanges written before a ticker: "(NYSE: ORCL)". */
const EXCHANGES = new Set(['nyse', 'nasdaq', 'amex', 'lse', 'tsx', 'asx', 'otc']);

/**
 * "Lowe’s (LOW) stock", "Target (TGT)", "Oracle (NYSE: ORCL)": business news writes a company's
 * ticker in brackets right after its name. Capitals that are the name's initials are not one:
 * "Alexandria Ocasio-Cortez (AOC)", "Environmental Protection Agency (EPA)".
 */
function tickerAfter(piece: Piece): boolean {
  const s = piece.span.sentence;
  const opening = endIndex(piece) + 1;
  let i = opening;
  if (!/^\s*\($/.test(s[i]?.gap ?? '')) return false;
  if (EXCHANGES.has(s[i].key) && /^\s*:\s*$/.test(s[i + 1]?.gap ?? '')) i++;
  const ticker = s[i];
  if (!/^\p{Lu}{2,5}$/u.test(ticker?.text ?? '') || !/^\)/.test(s[i + 1]?.gap ?? ')')) return false;
  // After an exchange's name, the capitals are its ticker.
  if (i !== opening) return true;
  // Without an exchange, a ticker's letters are the name's, in order ("Lowe’s (LOW)", "Target
  // (TGT)"); other capitals in brackets are a short form of something else ("the Atacama Large
  // Millimeter/submillimeter Array (ALMA)").
  const initials = piece.tokens
    .map((u) => u.text[0])
    .join('')
    .toUpperCase();
  return (
    ticker.text !== initials && lettersInOrder(ticker.key, piece.tokens.map((u) => u.key).join(''))
  );
}

/** A word the lexicon knows as something other than a name: "human", "rights", "watch". */
const isOrdinary = (key: string) =>
  tagsOf(key).length > 0 &&
  !hasTag(
    key,
    'FirstName',
    'MaleName',
    'FemaleName',
    'LastName',
    'Person',
    'Place',
    'Country',
    'City',
  );

/** What follows a possessive at `i` is a company's: "chief executive", "shareholders", "CEO", a request for comment. */
function ownedByCompany(s: Token[], i: number): boolean {
  const a = s[i]?.key ?? '';
  const b = s[i + 1]?.key ?? '';
  // "The Hill's request for comment": what a newsroom sends, not a person.
  const asked = ['request', 'requests', 'inquiry', 'inquiries'].includes(a) && b === 'for';
  return (
    asked ||
    COMPANY_POSSESSIONS.has(a) ||
    (a === 'chief' && ['executive', 'financial', 'operating', 'technology'].includes(b))
  );
}

/** A unit only bodies have opens at `i`: "NSF's Division of …" (not "MIT's Lorenz Center"). */
const UNITS = new Set(['division', 'department', 'office', 'bureau', 'directorate', 'branch']);
const ownsBody = (s: Token[], i: number) =>
  !!s[i]?.capital && UNITS.has(s[i].key) && spacedFromPrevious(s[i]);

/**
 * "the RSPCA said", "according to the ABC.": an acronym with the definite article and no noun
 * after it names a body; "the SVG format", "the NSS library" name things.
 */
function definiteAcronym(piece: Piece): boolean {
  const t = piece.tokens[0];
  if (piece.tokens.length !== 1 || !isAcronym(t.text) || previousToken(piece)?.key !== 'the')
    return false;
  const next = nextToken(piece);
  if (!next || !spacedFromPrevious(next)) return true;
  return (
    !next.capital && hasTag(next.key, 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary')
  );
}

/**
 * "FX’s Legion and Fargo TV series", "Airbus’ iconic A380": one word whose possessive owns a work
 * or a model is its maker (a person's would have joined that person's full name first). Up to two
 * lower-case words may describe what is owned, then a model number or a title a work noun ends.
 */
function ownsWorkOrModel(piece: Piece): boolean {
  const t = piece.tokens[0];
  const s = piece.span.sentence;
  let i = s.indexOf(t) + 1;
  // "Airbus’ iconic": the bare apostrophe of a name ending in s is left in the next word's gap.
  const bare = /s$/.test(t.text) && /^['’]\s+$/.test(s[i]?.gap ?? '');
  if (piece.tokens.length !== 1 || !(t.possessive || bare)) return false;
  const spaced = (u?: Token) => !!u && /^['’]?\s+$/.test(u.gap);
  for (let k = 0; k < 2 && s[i] && !s[i].capital && spaced(s[i]); k++) i++;
  if (!s[i]?.capital || !spaced(s[i])) return false;
  if (isProductShaped([s[i]])) return true;
  for (let j = i; j < i + 6 && spaced(s[j]); j++) {
    if (isWorkNoun(s[j])) return j > i;
    if (!s[j].capital && !['and', 'of', 'the'].includes(s[j].key)) return false;
  }
  return false;
}
