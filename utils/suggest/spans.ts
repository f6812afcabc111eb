/**
 * Runs of capitalised words in a sentence ("Shaanxi Federation of Trade Unions", "Mr. Reeves"):
 * every name candidate starts here. Connectors ("of", "and", "bin") may sit inside a run when a
 * capitalised word follows them; any punctuation but the comma of "Co., Ltd." ends it.
 */
import { CONNECTORS, EVENT_HEADS, hasTag, isPlace, KIND_ACRONYMS, ORG_HEADS } from './lexicon';
import { COMPANY_SUFFIXES, isCommonWord, isHead } from './name-words';
import { campusAfterComma, campusAt } from './campuses';
import { partnersEnd } from './firm-names';
import { closesQuotedWord, opensQuotedWord, type Token } from './tokens';

const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans']);

export interface Span {
  tokens: Token[];
  /** The tokens of the whole sentence and the span's first index in it: context for the rules. */
  sentence: Token[];
  index: number;
  /** Starts a sentence, a quote or a line after a colon: its first word may be capitalised only for that. */
  atStart: boolean;
}

const SPACE = /^\s+$/;
/** The lexicon's tags of words that name someone or something. */
const NAMES = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Organization',
  'ProperNoun',
];
const COMPANY_SUFFIX = new Set(['ltd', 'inc', 'llc', 'plc', 'co']);

/** "the NGO Front Line Defenders": the acronym says what kind of body follows, and is no part of it. */
const kindAcronym = (sentence: Token[], i: number) =>
  KIND_ACRONYMS.has(sentence[i].key) &&
  !!sentence[i + 1]?.capital &&
  SPACE.test(sentence[i + 1].gap);

export function capitalSpans(sentence: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < sentence.length) {
    if (!sentence[i].capital || kindAcronym(sentence, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = extend(sentence, j);
      if (next === j) break;
      j = next;
    }
    const from = numberedUnit(sentence, i, j) ? i - 1 : i;
    const first = sentence[from];
    spans.push({
      tokens: sentence.slice(from, j + 1),
      sentence,
      index: from,
      atStart: i === 0 || /[:"“”‘([—–]/u.test(first.gap),
    });
    i = j + 1;
    // "Vizio Inc. of Irvine": the place after a registered company's "of" is its home, no name.
    if (closedBySuffix(sentence, j) && sentence[i]?.key === 'of')
      for (i++; sentence[i]?.capital && SPACE.test(sentence[i].gap);) i++;
  }
  return spans;
}

/** "Vizio Inc.": a company's registered suffix, written with its period, closes its name. */
const closedBySuffix = (t: Token[], j: number) =>
  j > 0 && t[j].text.endsWith('.') && COMPANY_SUFFIXES.has(t[j].key) && t[j - 1].capital;

/**
 * Units that a number tells apart: "82nd Airborne Division", "9th Circuit Court of Appeals"; and
 * names that open with a century ("21st Century Fox": "Century Fox" is no name).
 */
const UNITS = new Set(
  'division brigade regiment battalion squadron fleet army corps infantry cavalry circuit precinct century'.split(
    ' ',
  ),
);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** An ordinal before a unit's name is the name's own: without it "Airborne Division" is any. */
function numberedUnit(t: Token[], i: number, j: number): boolean {
  return (
    i > 0 &&
    ORDINAL.test(t[i - 1].text) &&
    SPACE.test(t[i].gap) &&
    t.slice(i, j + 1).some((u) => UNITS.has(u.key))
  );
}

/** The index of the last token of the run when it grows past `j`, or `j` when it cannot. */
function extend(t: Token[], j: number): number {
  if (t[j].cue) return j; // "Amazon-owned Whole Foods": the cue word ends the name
  const next = t[j + 1];
  if (!next) return j;
  // "… Amphitheatre June 14 – Alpharetta": a month before a day's number is a date, not a name's word.
  if (hasTag(next.key, 'Month') && /^\d/.test(t[j + 2]?.text ?? '')) return j;
  if (next.capital && SPACE.test(next.gap)) return j + 1;
  if (pluralOwner(t, j)) return j + 1;
  // "Justice & Development Party", "Procter & Gamble": an ampersand between two capitalised words
  // joins one name (a list of two names is written with "and").
  if (next.capital && t[j].capital && /^\s+&\s+$/.test(next.gap)) return j + 1;
  // A nickname in quotes inside a name: "Joko “Jokowi” Widodo", "Dwayne \"The Rock\" Johnson".
  const close = t.findIndex((u, k) => k > j + 1 && k <= j + 3 && /^["”]/u.test(u.gap));
  if (
    next.capital &&
    opensQuotedWord(next) &&
    close > 0 &&
    t.slice(j + 2, close + 1).every((u) => u.capital) &&
    closesQuotedWord(t[close]) &&
    t.slice(j + 2, close).every((u) => SPACE.test(u.gap))
  )
    return close;
  // "U.S.-South Korea Nuclear Consultative Group": a hyphen after an abbreviation's period.
  if (next.capital && next.gap === '-' && t[j].text.endsWith('.')) return j + 1;
  // "Samsung Electronics Co., Ltd."; not "Denver, CO", a state's letters.
  if (next.capital && /^,\s+$/.test(next.gap) && COMPANY_SUFFIX.has(next.key) && next.text !== 'CO')
    return j + 1;
  if (next.capital && /^,\s+$/.test(next.gap)) {
    // A list inside a body's name first, then a firm named for its partners.
    const list = listInsideName(t, j);
    if (list > j) return list;
    const partners = partnersEnd(t, j);
    if (partners > j) return partners;
  }
  if (next.capital && campusAfterComma(t, j)) return j + 1;
  if (campusAt(t, j)) return j + 2;
  // "Vizio Inc. of Irvine": what follows the suffix says where the company is (capitalSpans).
  if (closedBySuffix(t, j)) return j;
  // "the ranking Democrat on the House Oversight Committee": a party's member sits on a body.
  if (t[j + 1]?.key === 'on' && PARTY_MEMBERS.has(t[j].key)) return j;
  // Up to two connectors ("of the") followed by a capitalised word.
  for (let k = j + 1; k <= j + 2 && k < t.length; k++) {
    // "Committee for a Responsible Federal Budget", "National Committee for an Effective
    // Congress": "a" or "an" only after a head word's "for".
    const article =
      ['a', 'an'].includes(t[k].key) &&
      k === j + 2 &&
      t[j + 1].key === 'for' &&
      ORG_HEADS.has(t[j].key);
    if (!SPACE.test(t[k].gap) || t[k].capital || !(CONNECTORS.has(t[k].key) || article)) return j;
    // "Council on Foreign Relations", "Conference on Disarmament": "on" joins a head word to its
    // subject; after anything else it starts the sentence's own phrase ("met Jane Doe on Facebook").
    if (k === j + 1 && t[k].key === 'on' && !isHead(t[j]) && !EVENT_HEADS.has(t[j].key)) return j;
    const after = t[k + 1];
    // A lone "the" joins one epithet ("Ivan the Terrible"), never a name of its own or a
    // nationality: "told Polygraph.info the Russian Defense Ministry's…", "… the Russian and …".
    const more = t[k + 2]?.capital && SPACE.test(t[k + 2].gap);
    if (k === j + 1 && t[k].key === 'the' && (more || hasTag(after?.key ?? '', 'Demonym')))
      return j;
    // "… Main Library for a BBC documentary": an acronym after "for a" is another body's name.
    if (article && /^\p{Lu}{2,}$/u.test(after?.text ?? '')) return j;
    // "locked in Yone for Choi “Zeus” Woo-je": a name written with a nickname is a person's own.
    if (opensQuotedWord(t[k + 2])) return j;
    if (after?.capital && SPACE.test(after.gap)) return k + 1;
    // "Court of Appeals for the 2nd Circuit": an ordinal in figures opens the name of a numbered
    // circuit, district or division.
    const named = t[k + 2];
    if (/^\d+(?:st|nd|rd|th)$/.test(after?.key ?? '') && named?.capital && SPACE.test(named.gap))
      return k + 2;
  }
  return j;
}

/** Bodies of members named for whom they gather: "Farmers’ Union", "Bankers’ Association". */
const MEMBERS_BODIES = new Set(
  'association union federation guild league alliance council society club congress'.split(' '),
);

/**
 * "British Bankers’ Association", "National Farmers' Union": a plural's apostrophe before a body of
 * members sits inside the name (the token after it carries the apostrophe in its gap).
 */
function pluralOwner(t: Token[], j: number): boolean {
  const next = t[j + 1];
  return (
    t[j].capital &&
    /\p{Ll}s$/u.test(t[j].text) &&
    /^['’]\s+$/u.test(next.gap) &&
    next.capital &&
    MEMBERS_BODIES.has(next.key)
  );
}

/**
 * "American Academy of Allergy, Asthma and Immunology", "Bureau of Alcohol, Tobacco, Firearms and
 * Explosives": after "<head> of" (or "on", "for"), a comma may sit inside the name when the list closes with "and"
 * and a capitalised word before any other punctuation. Returns the last item before that "and"
 * (the whole list at once: from "Tobacco" the run no longer sees "Bureau of"), or -1.
 */
function listInsideName(t: Token[], j: number): number {
  let start = j;
  while (start > 0 && SPACE.test(t[start].gap)) start--;
  const run = t.slice(start, j + 1);
  // "Council on Energy, Environment and Water", "Center for Science, Technology and Society".
  const phrase = (u?: Token) => ['of', 'on', 'for'].includes(u?.key ?? '');
  // "Acme Research, Education and Consulting": a head word closing the run lists the company's
  // fields after it, when they are ordinary words ("Acme Research, Google and Apple" are three).
  const fields = ORG_HEADS.has(t[j].key) && start < j;
  if (!fields && !run.some((u, i) => ORG_HEADS.has(u.key) && phrase(run[i + 1]))) return -1;
  // The fields are words the lexicon knows as ordinary ones: "Marvel Entertainment, Lucasfilm
  // and BamTech" lists companies.
  const field = (u: Token) =>
    (isCommonWord(u.key) || hasTag(u.key, 'Gerund')) && !isPlace(u.key) && !hasTag(u.key, ...NAMES);
  const item = (u: Token) => u.capital && (!fields || field(u));
  for (let k = j + 1; k < Math.min(t.length - 1, j + 8); k++) {
    // "Department for Environment, Food & Rural Affairs": an ampersand closes the list as "and" does.
    if (k > j + 1 && /^\s+&\s+$/.test(t[k].gap)) return item(t[k]) ? k : -1;
    if (!/^,?\s+$/.test(t[k].gap)) return -1;
    if (t[k].key === 'and') return item(t[k + 1]) && SPACE.test(t[k + 1].gap) ? k - 1 : -1;
    if (!item(t[k])) return -1;
  }
  return -1;
}
