/**
 * Where "and" stays inside a name ("Securities and Exchange Commission", "Brigham and Women's
 * Hospital") and where it joins two names ("Huawei and ZTE Corp."): pieces.ts cuts a run there.
 */
import { hasTag, isFirstName, isKnownOrg, isPlace, ORG_HEADS } from './lexicon';
import { COMPANY_SUFFIXES, isCommonWord, isHead, isLegalForm, isLink } from './name-words';
import type { Token } from './tokens';

/** Plural owners inside names: "People's Congress", "Women's Health Initiative". */
export const PLURAL_OWNERS = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans']);
/** A head word's plural: "departments", "ministries". */
const isPluralHead = (key: string) => {
  const one = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.replace(/([^su])s$/, '$1');
  return one !== key && ORG_HEADS.has(one);
};
/** A head governs a phrase after it ("Department of Conservation"). */
export const headWithPhrase = (ts: Token[]) =>
  ts.some((t, i) => isHead(t) && ['of', 'for', 'on'].includes(ts[i + 1]?.key ?? ''));

/** Trades the lexicon does not know as nouns, named in a business's name: "Telegraph and Telephone". */
const TRADES = new Set(['telegraph', 'telephone', 'electric', 'gas', 'light', 'power', 'steel']);

/** "and" stays inside "World Travel and Tourism Council" and "Center for Health and Human Rights". */
export function keepsAnd(left: Token[], right: Token[], and: Token): boolean {
  const last = left[left.length - 1];
  // "the Museum of Neon Art and the Neon Museum": a second article starts a second name.
  if (right[0]?.key === 'the' && !right[0].capital) return false;
  // "Birr, Wilson and Co": a run that already holds a comma is a firm of partners (spans.ts), and
  // its "and Co" is the firm's own.
  const listed = left.some((t, i) => i > 0 && /^,\s+$/.test(t.gap));
  if (listed && right.length === 1 && COMPANY_SUFFIXES.has(right[0].key)) return true;
  // "Paul Volcker and International Monetary Fund officials": a person's full name before "and"
  // is a name of its own, whatever follows.
  if (left.length >= 2 && isFirstName(left[0].key) && !left.some(isHead) && !left.some(isLink))
    return false;
  // "AB Investor and Forvaltnings AB Providentia": a registered form opening a name makes it whole.
  if (left.length >= 2 && isLegalForm(left[0])) return false;
  // "Securities and Exchange Commission": a right side of head words only names nothing alone.
  if (right.length >= 2 && right.every(isHead)) return true;
  // "Gannett and GateHouse Media": a company the lexicon knows by its one word, then a name with a
  // head of its own, are two companies ("Procter and Gamble Co.", a suffix after one word, is one).
  if (
    left.length === 1 &&
    isKnownOrg(left[0].key) &&
    right.length >= 2 &&
    right[0].capital &&
    !isHead(right[0]) &&
    isHead(right[right.length - 1]) &&
    !(right.length === 2 && COMPANY_SUFFIXES.has(right[1].key))
  )
    return false;
  // "Alliance for Research and Technology", "Department of Health and Welfare": one plain word
  // after "and" closes the phrase a head opened, even when the word before "and" is a head too.
  const inPhrase = ['of', 'for', 'on'].includes(left[left.length - 2]?.key ?? '');
  const plain = (t: Token) =>
    !isKnownOrg(t.key) &&
    !isPlace(t.key) &&
    !/^\p{Lu}{2,}/u.test(t.text) &&
    !hasTag(t.key, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person');
  if (inPhrase && right.length === 1 && plain(right[0])) return true;
  // "Centers for Disease Control and Prevention": a head's phrase of two or three words, then one
  // common noun (no name: "University of North Texas and Baylor" are two).
  const phrase = left.findLastIndex((t) => ['of', 'for', 'on'].includes(t.key) && !t.capital);
  if (
    phrase >= 1 &&
    isHead(left[phrase - 1]) &&
    left.length - phrase - 1 <= 3 &&
    right.length === 1 &&
    plain(right[0]) &&
    isCommonWord(right[0].key)
  )
    return true;
  // "Departments of Justice and Health and Human Services": a head in the plural before its
  // phrase says that several bodies share it, so "and" joins their names inside one.
  const shared = left.findIndex((t) => t.key === 'of' && !t.capital);
  if (shared >= 1 && shared <= 2 && isPluralHead(left[shared - 1].key)) return true;
  // "Nippon Telegraph and Telephone", "Thailand Smelting and Refining Co": a common noun on each
  // side of "and", neither a head nor a name, after a word of the name's own, is one business's.
  const trade = (t?: Token) =>
    !!t &&
    (isCommonWord(t.key) || /\p{Ll}{3}ing$/u.test(t.key) || TRADES.has(t.key)) &&
    (!isHead(t) || TRADES.has(t.key)) &&
    !isKnownOrg(t.key) &&
    !isPlace(t.key) &&
    !isFirstName(t.key) &&
    !/^\p{Lu}{2,}$/u.test(t.text);
  const closes = right.length === 1 || (right.length === 2 && COMPANY_SUFFIXES.has(right[1].key));
  if (and.key === 'and' && left.length >= 2 && trade(last) && trade(right[0]) && closes)
    return true;
  if (isHead(last)) return false;
  // "MLB.com and MLB Network": a web address is a whole name; nothing goes on after it.
  if (/\.(?:com|org|net|io)$/i.test(last.text)) return false;
  // "Brigham and Women's Hospital", "Mercy and Children's Hospital": a plural owner and its head
  // word name nothing alone, so the word before "and" (a place's name too) is the name's own.
  const owned = right[0]?.possessive && PLURAL_OWNERS.has(right[0].key);
  if (owned && right.length >= 2 && right.slice(1).every(isHead)) return true;
  if (isPlace(last.key)) return false;
  // Two whole names: "Boys and Girls Club of Albany and Hacienda Community Development
  // Corporation" (a head and its phrase, then a name with a head of its own two words on; "…
  // Health and Human Services" is one), "Clackamas Women's Shelter and Self Enhancement, Inc."
  // (a company's suffix after a name of two words; "Bausch and Lomb Inc." is one).
  if (headWithPhrase(left) && right.findLastIndex(isHead) >= 2) return false;
  // "the Department of Homeland Security and Alex Azar": a first name and one more word, neither a
  // head, after a head and its phrase, are a person ("Department of Health and Mental Hygiene" is one).
  if (
    headWithPhrase(left) &&
    right.length === 2 &&
    isFirstName(right[0].key) &&
    !right.some(isHead) &&
    !isCommonWord(right[1].key)
  )
    return false;
  const suffix = right[right.length - 1];
  // "Huawei and ZTE Corp.", "Huawei and Motorola Solutions Inc": an acronym or a name of two
  // words before the suffix is a company of its own ("Bausch and Lomb Inc." stays one).
  const own = right.length >= 3 || /^\p{Lu}{2,}$/u.test(right[0]?.text ?? '');
  if (and.key === 'and' && (left.length >= 2 || own) && COMPANY_SUFFIXES.has(suffix?.key ?? ''))
    return false;
  // "the IDF and Border Police": an acronym is a whole name; "and" after it starts another.
  if (left.length === 1 && /^\p{Lu}{2,}$/u.test(left[0].text)) return false;
  return right.some(isHead) || headWithPhrase(left);
}
