/**
 * Decides what one name-shaped piece of text is, from its words and the words around it, and how
 * sure that is. "unknown" pieces ("Obama", "Whole Foods") are resolved later against the
 * entities the article names in full (see entities.ts).
 */
import { isChineseName } from './chinese-names';
import { isCompanyAcronym, isCompanyName, isCompanyWord } from './gazetteer';
import {
  EVENT_HEADS,
  hasTag,
  INSTITUTION_NOUNS,
  INSTITUTION_PLACES,
  isFirstName,
  isKnownOrg,
  isPlaceName,
  tagsOf,
  isFunctionWord,
  isPlace,
  NOT_ORG_ACRONYMS,
  ORG_NOUNS,
  ROLES,
  SAYING,
  isTitle,
} from './lexicon';
import { isHead, type Piece } from './pieces';
import type { Token } from './tokens';

/** 'other': an event or a period ("Arab Spring"), never offered however often it recurs. */
export type Kind = 'person' | 'organization' | 'unknown' | 'place' | 'other';
export interface Verdict {
  kind: Kind;
  score: number;
}

/** Heads that come first in French-style names: "Agence France-Presse". */
const LEADING_HEADS = new Set(
  'agence banque caisse conseil societe institut musee syndicat ministere university college bank'.split(
    ' ',
  ),
);
/** "Islamist-led" and "Seattle-based" describe, "Amazon-owned" names an owner. */
const ORG_CUES = new Set(['owned', 'run', 'funded', 'controlled', 'affiliated', 'backed']);
/** Words before a name that make it a person: kin ("his father, Hori Parata") and photo credits. */
const PERSON_BEFORE = new Set([
  'father',
  'mother',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
  'credit',
  'photo',
  'by',
]);
const PARTICLES = new Set([
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'al',
  'la',
  'le',
  'du',
]);

export function classify(piece: Piece, bylineNames: Set<string>, normalized: string): Verdict {
  const ts = piece.tokens;
  const keys = ts.map((t) => t.key);
  const joined = keys.join(' ');
  const last = ts[ts.length - 1];
  const after = nextToken(piece);
  const before = previousToken(piece);

  if (INSTITUTION_PLACES.has(normalized)) return { kind: 'organization', score: 0.85 };
  // "on Monday, the ministry said": a day or a month is never the body the apposition names.
  if (ts.length === 1 && hasTag(last.key, 'WeekDay', 'Month')) return { kind: 'other', score: 0 };
  if (ts.length > 1 && EVENT_HEADS.has(last.key)) return { kind: 'other', score: 0 };
  if (isProductShaped(ts)) return { kind: 'other', score: 0 };
  if (isOrgShaped(ts)) return { kind: 'organization', score: 0.9 };
  // "West Mercia police": a place's institution is an organisation.
  if (institutionEnd(piece) !== undefined) return { kind: 'organization', score: 0.7 };
  if (hasTag(joined, 'Organization')) return { kind: 'organization', score: 0.85 };
  const maker = ts.length > 1 && isKnownOrg(ts[0].key) && !ts[0].possessive;
  // "Mozilla Europe" is the company's arm there; "Mozilla Firefox", "Dolby Vision" its products.
  if (maker && ts.slice(1).every((t) => isPlace(t.key)))
    return { kind: 'organization', score: 0.75 };
  if (maker) return { kind: 'other', score: 0 };
  if (isPlaceName(keys) || keys.every((k) => isPlace(k) || hasTag(k, 'Demonym')))
    return { kind: 'place', score: 0 };
  // An acronym is an organisation only on evidence: a listed company, or (in entities.ts) an
  // expansion in the text or a company's verbs. "MIME", "NSS", "IR" are things, not bodies.
  if (ts.length === 1 && isAcronym(last.text) && !NOT_ORG_ACRONYMS.has(last.key.replace(/\./g, '')))
    return isCompanyAcronym(last.key)
      ? { kind: 'organization', score: 0.6 }
      : { kind: 'unknown', score: 0 };
  if (ts.length === 1 && /^[\p{L}\d-]+\.(com|org|net|io)$/iu.test(last.text))
    return { kind: 'organization', score: 0.6 };
  const placeLike = isPlaceName(keys);
  if (!placeLike && after && !after.capital && ORG_NOUNS.has(after.key) && /^\s+$/.test(after.gap))
    return { kind: 'organization', score: 0.7 };
  if (!placeLike && before && !before.capital && ORG_NOUNS.has(before.key))
    return { kind: 'organization', score: 0.7 };
  if (!placeLike && appositive(piece, ORG_NOUNS)) return { kind: 'organization', score: 0.7 };
  if (last.cue && ORG_CUES.has(last.cue) && !isPlace(last.key))
    return { kind: 'organization', score: 0.6 };
  if (piece.orgOnly) return { kind: 'unknown', score: 0 };

  if (bylineNames.has(normalized)) return { kind: 'person', score: 0.9 };
  const nameWords = ts.filter((t) => !PARTICLES.has(t.key.split('-')[0]) || t.capital);
  if (
    nameWords.length < 1 ||
    nameWords.length > 4 ||
    ts.some((t) => /\d/.test(t.text) || isAcronym(t.text))
  )
    return { kind: 'unknown', score: 0 };
  if (keys.some((k) => (isFunctionWord(k) && !PARTICLES.has(k)) || isPlace(k) || isTitle(k)))
    return { kind: 'unknown', score: 0 };
  if (isChineseName(ts.map((t) => t.text.replace(/['’]s$/, ''))))
    return { kind: 'person', score: 0.9 };
  if (nameWords.length >= 2) {
    if (nameWords.slice(0, -1).some((t) => isFirstName(t.key)))
      return { kind: 'person', score: 0.85 };
    if (hasTag(last.key, 'LastName', 'Person') || /^(Mc|Mac|O['’])\p{Lu}/u.test(last.text))
      return { kind: 'person', score: 0.75 };
    // Context alone is weaker evidence: "Whole Foods said" has a saying verb too, but common words.
    const plain = !keys.some(
      (k) =>
        tagsOf(k).length > 0 &&
        !hasTag(k, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'),
    );
    if (plain && (piece.titled || hasPersonContext(piece))) return { kind: 'person', score: 0.7 };
  } else if (piece.titled) {
    return { kind: 'person', score: 0.6 };
  }
  return { kind: 'unknown', score: 0 };
}

/**
 * Model numbers make a product: a word of letters then digits ("PS4", "HTML5") or a last word of
 * one capital ("Xbox One X", "iPhone X"), which no person's or organisation's name ends with.
 * "1010data" and "3M" start with their digits and stay names.
 */
export function isProductShaped(ts: Token[]): boolean {
  return (
    ts.some((t) => /^\p{L}+\d+\p{L}*$/u.test(t.text)) ||
    (ts.length > 1 && /^\p{Lu}\.?$/u.test(ts[ts.length - 1].text))
  );
}

/** Head words that name one institution on their own; "the Party", "the Committee" need their qualifier. */
const STANDALONE_HEADS = new Set(['congress', 'parliament', 'senate', 'cabinet']);

function isOrgShaped(ts: Token[]): boolean {
  if (ts.length === 1) return STANDALONE_HEADS.has(ts[0].key) && ts[0].capital;
  if (LEADING_HEADS.has(ts[0].key)) return true;
  return (
    ts.slice(1).some(isHead) ||
    ts.some((t, i) => isHead(t) && ['of', 'for', 'on'].includes(ts[i + 1]?.key ?? ''))
  );
}

function isAcronym(text: string): boolean {
  return /^(\p{Lu}{2,6}|(\p{Lu}\.){2,4})$/u.test(text.replace(/['’]s$/, ''));
}

/** A role before ("ranger Jamie Werner") or after (", a professor"), a saying verb, or an editor line. */
function hasPersonContext(piece: Piece): boolean {
  const { sentence } = piece.span;
  const at = sentence.indexOf(piece.tokens[0]);
  const end = sentence.indexOf(piece.tokens[piece.tokens.length - 1]);
  const before = sentence[at - 1];
  const after = sentence[end + 1];
  if (before && (ROLES.has(before.key) || SAYING.has(before.key) || PERSON_BEFORE.has(before.key)))
    return true;
  if (after && (SAYING.has(after.key) || after.key === 'contributed') && /^\s+$/.test(after.gap))
    return true;
  if (appositive(piece, ROLES)) return true;
  // An age: "Parata, 75, has now overseen…".
  if (after && /^,\s*$/.test(after.gap) && /^\d{1,3}$/.test(after.text)) return true;
  // An editor line: "Editor in charge: Li Fang", "Reporter - Mao Rongxi".
  return (
    /[:\-–—]/.test(piece.tokens[0].gap) &&
    sentence.slice(Math.max(0, at - 3), at).some((t) => ROLES.has(t.key))
  );
}

/** ", a professor at…", ", an al-Qaeda-linked organization": a role or kind within the next few words. */
function appositive(piece: Piece, nouns: Set<string>): boolean {
  const s = piece.span.sentence;
  const end = s.indexOf(piece.tokens[piece.tokens.length - 1]);
  if (!/^,\s*$/.test(s[end + 1]?.gap ?? '')) return false;
  const near = s.slice(end + 1, end + 5);
  // Stop at "of" / a possessive: in ", the company's founder" the company is someone else.
  const stop = near.findIndex((t) => t.possessive || t.key === 'of');
  return near
    .slice(0, stop < 0 ? near.length : stop + (near[stop]?.key === 'of' ? 0 : 0))
    .some((t) => nouns.has(t.key));
}

/** Where a name ends when a lower-case institution noun follows it ("the Bardo museum"), or undefined. */
/** Verbs a company is the subject of, and nouns that introduce one ("Minecraft developer Mojang"). */
const COMPANY_VERBS = new Set(
  'said says announced bought buys acquired sold sells hired reported agreed declined confirmed sued owns invested pays paid promised plans launched shipped released failed partnered offers'.split(
    ' ',
  ),
);
const AUXILIARIES = new Set('has had have is was will would'.split(' '));
const COMPANY_BEFORE = new Set(
  'developer maker company firm rival giant startup retailer publisher studio carrier brokerage chain conglomerate manufacturer'.split(
    ' ',
  ),
);

/** Nouns for a body's people right after its name: "Tumblr spokesperson", "Islamic State militants". */
const STAFF_NOUNS = new Set(
  'spokesman spokeswoman spokesperson spokespeople officials executives employees staffers fighters militants shareholders'.split(
    ' ',
  ),
);
/** Words before a name that say one belongs to it or works for it: "linked to the Islamic State". */
const MEMBERSHIP = [
  ['linked', 'to'],
  ['affiliated', 'with'],
  ['allied', 'with'],
  ['members', 'of'],
  ['member', 'of'],
  ['employees', 'of'],
  ['shares', 'of'],
  ['spokesman', 'for'],
  ['spokeswoman', 'for'],
  ['spokesperson', 'for'],
  ['works', 'for'],
  ['worked', 'for'],
  ['working', 'for'],
  ['acquired', 'by'],
  ['owned', 'by'],
  ['bought', 'by'],
  ['joined'],
  ['join'],
  ['joining'],
];

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
  if (isFirstName(t.key) || isPlaceName(ts.map((u) => u.key))) return false;
  if (
    ts.length === 1 &&
    (hasTag(t.key, 'LastName', 'Person', 'Place', 'Country', 'City', 'Demonym', 'Plural') ||
      isPlace(t.key) ||
      /ists?$/.test(t.key))
  )
    return false;
  if (ts.length === 1 && NOT_ORG_ACRONYMS.has(t.key.replace(/\./g, ''))) return false;
  if (definiteAcronym(piece)) return true;
  const before = previousToken(piece);
  if (before && !before.capital && COMPANY_BEFORE.has(before.key)) {
    // "tech giant Google" introduces; "the giant Tāne Mahuta" describes.
    const det = piece.span.sentence[piece.span.sentence.indexOf(before) - 1];
    if (before.key !== 'giant' || (det && !['the', 'a', 'an'].includes(det.key))) return true;
  }
  // "Kroger-owned QFC", "Amazon-owned Whole Foods".
  if (before?.cue && ORG_CUES.has(before.cue)) return true;
  if (introducedAsMember(piece)) return true;
  const s = piece.span.sentence;
  let i = s.indexOf(last) + 1;
  const next = s[i];
  if (
    next &&
    !next.capital &&
    STAFF_NOUNS.has(next.key) &&
    /^\s+$/.test(next.gap) &&
    !last.possessive &&
    // Not at the start of a sentence: "Security officials are concerned" names no body.
    s.indexOf(t) > 0
  )
    return true;
  if (ts.length > 1) return false;
  if (s[i] && AUXILIARIES.has(s[i].key)) i++;
  return (
    !t.possessive &&
    !!s[i] &&
    !s[i].capital &&
    COMPANY_VERBS.has(s[i].key) &&
    /^\s+$/.test(s[i].gap)
  );
}

/**
 * "the RSPCA said", "according to the ABC.": an acronym with the definite article and no noun
 * after it names a body; "the SVG format", "the NSS library" name things.
 */
function definiteAcronym(piece: Piece): boolean {
  const t = piece.tokens[0];
  if (piece.tokens.length !== 1 || !isAcronym(t.text) || previousToken(piece)?.key !== 'the')
    return false;
  const next = nextToken(piece);
  if (!next || !/^\s+$/.test(next.gap)) return true;
  return (
    !next.capital &&
    (isFunctionWord(next.key) ||
      hasTag(next.key, 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'))
  );
}

/** "Minecraft developer Mojang": what a maker noun follows is the maker's product. */
const MAKER_NOUNS = new Set('developer maker publisher studio manufacturer'.split(' '));

/**
 * Words the text uses as a product's: a name with a model number ("Xbox One X") or one that a
 * maker noun follows ("Minecraft developer Mojang"). The company list also holds brands.
 */
export function productWords(piece: Piece): string[] {
  if (isProductShaped(piece.tokens)) return piece.tokens.map((t) => t.key);
  const after = nextToken(piece);
  return after && !after.capital && MAKER_NOUNS.has(after.key) ? [piece.tokens[0].key] : [];
}

function introducedAsMember(piece: Piece): boolean {
  const s = piece.span.sentence;
  let at = s.indexOf(piece.tokens[0]);
  if (s[at - 1]?.key === 'the') at--;
  const words = s.slice(Math.max(0, at - 2), at).map((t) => t.key);
  return MEMBERSHIP.some((p) => p.every((w, k) => words[words.length - p.length + k] === w));
}

/**
 * One word the company list holds: "Tumblr" wherever it stands; "Apple", an ordinary word too, only
 * as the owner of something named ("Apple's iTunes Store"). Never after "the" ("the Alliance").
 */
export function listedCompany(piece: Piece): boolean {
  if (piece.tokens.length !== 1) return false;
  const t = piece.tokens[0];
  // "the Alliance", "on Westlake", "in Omaha": the list also holds name parts and places.
  if (['the', 'in', 'on', 'near'].includes(previousToken(piece)?.key ?? '')) return false;
  if (isFirstName(t.key) || isPlace(t.key)) return false;
  const after = nextToken(piece);
  if (isCompanyName(t.key)) return true;
  return isCompanyWord(t.key) && t.possessive && !!after?.capital && /^\s+$/.test(after.gap);
}

export function institutionEnd(piece: Piece): number | undefined {
  const after = nextToken(piece);
  return after && !after.capital && INSTITUTION_NOUNS.has(after.key) && /^\s+$/.test(after.gap)
    ? after.end
    : undefined;
}

function nextToken(piece: Piece): Token | undefined {
  const s = piece.span.sentence;
  return s[s.indexOf(piece.tokens[piece.tokens.length - 1]) + 1];
}
function previousToken(piece: Piece): Token | undefined {
  const s = piece.span.sentence;
  return s[s.indexOf(piece.tokens[0]) - 1];
}
