/**
 * Word tests the name rules share (pieces.ts, titles.ts, classify.ts): a head word that ends an
 * organisation's name, the lower-case links that may sit inside one ("of", "and", "the"), a
 * company's suffix, a family name that is also a modal verb.
 */
import { isCompanyName, isFirstNameAlsoWord } from './gazetteer';
import { CONNECTORS, hasTag, isFirstName, isPlace, isTitle, ORG_HEADS, tagsOf } from './lexicon';
import type { Token } from './tokens';

/** Second halves of papers' joined names: "Post-Gazette", "Star-Tribune", "Times-Picayune". */
const JOINED_PAPER_ENDS = new Set(
  'gazette tribune dispatch constitution picayune ledger telegram journal herald democrat'.split(
    ' ',
  ),
);
/** Registered forms outside English, written as the registry does: "Siemens AG", "Skanska AB". */
const LEGAL_FORM = /^(?:AG|AB|SA|NV|SpA|S\.A\.|S\.p\.A\.|N\.V\.|GmbH|ASA|Oyj|BV|KGaA|Bhd|Tbk)$/u;
export const isLegalForm = (t: Token) => LEGAL_FORM.test(t.text);

export const isHead = (t: Token) =>
  ORG_HEADS.has(t.key) ||
  isLegalForm(t) ||
  // "Centers for Disease Control", "National Institutes of Health": a head's plural before its phrase.
  (t.capital && /[^s]s$/.test(t.key) && ORG_HEADS.has(t.key.slice(0, -1))) ||
  (t.key.includes('-') && JOINED_PAPER_ENDS.has(t.key.slice(t.key.lastIndexOf('-') + 1)));
export const isLink = (t: Token) => !t.capital && CONNECTORS.has(t.key);
/** "Mark May", "Theresa May": a capitalised modal after a first name is a family name, no verb. */
export const modalSurname = (ts: Token[], i: number) =>
  i > 0 && ts[i].capital && hasTag(ts[i].key, 'Modal') && isFirstName(ts[i - 1].key);

export function trimLinks(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && isLink(tokens[a])) a++;
  while (b > a && isLink(tokens[b - 1])) b--;
  return tokens.slice(a, b);
}

/** Last words of a company's registered name: "Walt Disney Co.", "Moody's Analytics Inc." (keys drop the period). */
export const COMPANY_SUFFIXES = new Set(
  'inc incorporated corp ltd llc plc co ag ab sa nv'.split(' '),
);

/** Heads that come first in French-style names: "Agence France-Presse". */
const LEADING_HEADS = new Set(
  'agence banque banca banco caisse conseil societe institut musee syndicat ministere university college bank'.split(
    ' ',
  ),
);

/** Head words that name one institution on their own; "the Party", "the Committee" need their qualifier. */
const STANDALONE_HEADS = new Set(['congress', 'parliament', 'senate', 'cabinet', 'navy', 'army']);

/**
 * Shaped as an organisation's name by its head words: "Federation of Trade Unions", "Agence
 * France-Presse"; by a title's holders ("Joint Chiefs of Staff"); by a brand's exclamation mark,
 * which no person's name has ("Yahoo! Sports", "E! News").
 */
export function isOrgShaped(ts: Token[]): boolean {
  if (ts.length === 1) return STANDALONE_HEADS.has(ts[0].key) && ts[0].capital;
  if (LEADING_HEADS.has(ts[0].key)) return true;
  return (
    ts.slice(1).some(isHead) ||
    titleHolders(
      ts,
      ts.findIndex((t) => t.key === 'of'),
    ) ||
    ts.slice(0, -1).some((t) => t.text.endsWith('!')) ||
    // "Boston Scientific", "UTL Scientific": an adjective that ends a company's name, as its
    // last word only ("Cisco's Scientific Atlanta" is not cut at it).
    ts[ts.length - 1].key === 'scientific' ||
    ts.some((t, i) => isHead(t) && ['of', 'for', 'on'].includes(ts[i + 1]?.key ?? ''))
  );
}

/** "Joint Chiefs of Staff": a title in the plural before "of", after a word of its own, names a body. */
export function titleHolders(tokens: Token[], of: number): boolean {
  const t = tokens[of - 1];
  return of >= 2 && tokens[of]?.key === 'of' && /s$/.test(t.key) && isTitle(t.key.slice(0, -1));
}

/** The word a name is about: its last, or the last before "of"/"for" ("Pulitzer Prize for Breaking News"). */
export function headOf(ts: Token[]): Token {
  const link = ts.findIndex((t, i) => i > 0 && !t.capital && ['of', 'for'].includes(t.key));
  return link > 0 ? ts[link - 1] : ts[ts.length - 1];
}

/** A word the lexicon knows as an ordinary noun, verb or adjective. */
export const isCommonWord = (key: string) =>
  hasTag(key, 'Noun', 'Singular', 'Plural', 'Verb', 'Infinitive', 'Adjective', 'Uncountable') &&
  !hasTag(key, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization');

export const isInitials = (text: string) => /^(\p{Lu}\.){1,3}$/u.test(text);

/**
 * "Bill Caton", "Ray Hafner": a first name that is also an ordinary word, then one word that the
 * lexicon and the company list do not know at all, which is how a family name looks. "Bill
 * Clinton" the lexicon knows already; "Rose Garden", "Bill Gates" have known second words.
 */
export const plainFirstNameFirst = (ts: Token[]) =>
  ts.length === 2 &&
  isFirstNameAlsoWord(ts[0].key) &&
  /^\p{Lu}\p{Ll}+$/u.test(ts[1].text) &&
  tagsOf(ts[1].key).length === 0 &&
  !isCompanyName(ts[1].key);

/**
 * One capitalised word that reads as a family name: letters only, no word the lexicon knows as
 * something else, no place, no first name ("her daughter, Sarah"), no plural of a known word
 * ("Muslims", "Islamists").
 */
export function nameShaped(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !tagsOf(t.key).some((tag) => !/Name|Person/.test(tag)) &&
    !isPlace(t.key) &&
    !isFirstName(t.key) &&
    !(t.key.endsWith('s') && tagsOf(t.key.slice(0, -1)).length > 0)
  );
}

/**
 * First names that are also words, but whose word is seldom capitalised before an unknown word
 * unless it is the name: "Bill Rielly", "Frank Quattrone", "Ray Hafner". Before such a word they make
 * a person without a saying verb. Not "Bank", "Bar", "Cash", "Bond" or "Art" ("Art Deco"), which open
 * banks, brands and styles.
 */
const GIVEN_NAMES_FIRST = new Set('bill frank ray dean rose gene hank chuck walt dick'.split(' '));
export const isGivenNameFirst = (key: string) => GIVEN_NAMES_FIRST.has(key);
