/**
 * Cuts a capitalised run into the names it holds. News packs several into one run:
 * "Baoji Municipal Federation of Trade Unions and PetroChina …", "Fund Review Committee of
 * Shaanxi Federation of Trade Unions", "Stanford University's Center on Poverty and Inequality",
 * "Deputy Secretary of Baoji Municipal Party Committee" (a role, then an organisation).
 */
import {
  EVENT_HEADS,
  hasTag,
  isFirstName,
  isFunctionWord,
  isKnownOrg,
  isPlace,
  isTitle,
  THOROUGHFARES,
} from './lexicon';
import { isKnownBody } from './known-bodies';
import { givenNameAfterSurname } from './chinese-names';
import { isListedOutlet } from './outlet-names';
import { AFFILIATION_ADJECTIVES } from './cues';
import { isCompanyWord } from './gazetteer';
import { dropDivision, SPORTS } from './leagues';
import { dropOpeners, isLoneOpener, PAPER_HEADS, runKey } from './openers';
import type { Span } from './spans';
import { dropDateline, dropTrailingDay } from './datelines';
import { cutAtExecutive } from './executives';
import { cutCountryBeforePerson, cutCountryBeforeRole } from './glued-countries';
import { cutAtInnerTitle, personAfterArea, stripTitles, SUBJECT_TITLES } from './titles';
import {
  COMPANY_SUFFIXES,
  isCommonWord,
  isHead,
  isLink,
  modalSurname,
  titleHolders,
  trimLinks,
} from './name-words';
import type { Token } from './tokens';
import { headWithPhrase, keepsAnd, PLURAL_OWNERS } from './and-names';

export interface Piece {
  tokens: Token[];
  span: Span;
  /** A title or role stood before it ("Mr.", "Prime Minister"): a person, if it is not an organisation. */
  titled: boolean;
  /** It followed "<Role> of": it can only be an organisation. */
  orgOnly: boolean;
}

/** `inner`: the runs written inside a sentence elsewhere in the article (see dropOpeners). */
export function splitSpan(span: Span, inner?: ReadonlySet<string>): Piece[] {
  const listed = listedWhole(span.tokens);
  if (listed) return [{ tokens: listed, span, titled: false, orgOnly: false }];
  const tokens = dropTrailingDay(dropDateline(dropOpeners(span, inner)));
  if (span.atStart && tokens.length === 1 && tokens === span.tokens && isLoneOpener(span))
    return [];
  // "Islamist Muslim Brotherhood" is the Muslim Brotherhood, described.
  // Each part loses its own links too: "… and the Wikimedia Foundation".
  return cut(trimLinks(trimEnd(tokens, span, inner)))
    .map(trimLinks)
    .filter((part) => part.length > 0 && !loneInitial(part))
    .flatMap(cutAtExecutive)
    .flatMap(cutAtInnerTitle)
    .flatMap(cutCountryBeforePerson)
    .flatMap((part) => cutCountryBeforeRole(part, span))
    .flatMap((part) => stripTitles(cutAfterHead(dropAffiliation(dropDivision(part))), span));
}

/**
 * A run that is, whole, the name of a listed outlet or body ("the Globe and Mail", "Le Monde",
 * "Freddie Mac") is that one name: none of the cuts below may take its "and" for a list or its
 * "Le" for a particle.
 */
function listedWhole(tokens: Token[]): Token[] | null {
  // "The New York Times" keeps its "The" through the cuts below; only runs without one are taken here.
  if (
    tokens.length < 2 ||
    tokens[0].key === 'the' ||
    tokens.some((t) => t.possessive && t !== tokens[tokens.length - 1])
  )
    return null;
  const key = tokens.map((t) => t.key).join(' ');
  return isListedOutlet(key) || isKnownBody(key) ? tokens : null;
}

/** "the genome of P. salinus": an initial alone names nobody and nothing (a genus, cut short). */
const loneInitial = (part: Token[]) => part.length === 1 && /^\p{Lu}\.$/u.test(part[0].text);

/** Sentences Readability ran together ("… China Industrial Network On May 16, …", "Getty Images LONDON"). */
function trimEnd(tokens: Token[], span: Span, inner?: ReadonlySet<string>): Token[] {
  let b = tokens.length;
  // "the equality group All Out", "Far Out launched…": two words of which the last is a small one
  // and the first an ordinary word are a name of small words, when written so inside a sentence.
  if (
    tokens.length === 2 &&
    isFunctionWord(tokens[1].key) &&
    isCommonWord(tokens[0].key) &&
    (!span.atStart || inner?.has(runKey({ tokens })))
  )
    return tokens;
  // A dateline is followed by a dash or a colon ("Getty Images LONDON — Officials said");
  // "the Pentagon and NATO held talks" ends in an acronym.
  const after = span.sentence[span.index + span.tokens.length];
  const dateline = (t: Token) =>
    t.text.length >= 4 &&
    /^\p{Lu}+$/u.test(t.text) &&
    tokens.some((u) => /\p{Ll}/u.test(u.text)) &&
    (!after || /[—–:-]/.test(after.gap));
  // A month only after "on"/"in": "Wang Jun" must keep its "Jun".
  const dated = (i: number) =>
    i > 0 && hasTag(tokens[i].key, 'Month', 'WeekDay', 'Date') && isFunctionWord(tokens[i - 1].key);
  // "Big Ten", "Jackson Five": a number word written with a capital inside a run is the name's.
  const counted = (i: number) => i > 0 && tokens[i].capital && hasTag(tokens[i].key, 'TextValue');
  // "John Doe No 1", "Brennan No. 2": "No" before a number is the number's sign, no name's word.
  const numberSign = (i: number) =>
    i > 0 &&
    tokens[i].key === 'no' &&
    /^\d/.test(span.sentence[span.sentence.indexOf(tokens[i]) + 1]?.text ?? '');
  for (;;) {
    if (b > 1 && dated(b - 1)) b -= 2;
    else if (numberSign(b - 1)) b--;
    else if (counted(b - 1)) break;
    else if (
      b > 0 &&
      !modalSurname(tokens, b - 1) &&
      !givenNameAfterSurname(tokens, b - 1) &&
      (isLink(tokens[b - 1]) || isFunctionWord(tokens[b - 1].key) || dateline(tokens[b - 1]))
    )
      b--;
    else break;
  }
  return tokens.slice(0, b);
}

/** "Worker Daily Client" is the app of "Worker Daily": one word past a head that is not the first word goes. */
function cutAfterHead(tokens: Token[]): Token[] {
  const n = tokens.length;
  if (
    n >= 3 &&
    isHead(tokens[n - 2]) &&
    !isHead(tokens[n - 1]) &&
    !isLink(tokens[n - 3]) &&
    // "The Daily Beast": after its own "The", the head is the name's first word.
    tokens[n - 3].key !== 'the' &&
    tokens[n - 1].capital &&
    !/^\p{Lu}+$/u.test(tokens[n - 1].text) &&
    // "Investment Company Act" is a law, which classify() tells apart: keep its last word.
    !EVENT_HEADS.has(tokens[n - 1].key) &&
    // "Australian Financial Review", "Quellan Business Journal": a paper's name ends in its own word.
    !PAPER_HEADS.has(tokens[n - 1].key) &&
    !THOROUGHFARES.has(tokens[n - 1].key) &&
    // "Major League Baseball": a league's game after its head is its name's, no app of it.
    !SPORTS.has(tokens[n - 1].key) &&
    // "King's College London", "Imperial College London": a city after the head is its seat.
    !hasTag(tokens[n - 1].key, 'City') &&
    // "Journal of the Royal Society Interface": a journal's name goes on past its society's head.
    !JOURNAL_WORDS.has(tokens[0].key)
  )
    return tokens.slice(0, -1);
  return tokens;
}

/** "Islamist Muslim Brotherhood" is the Muslim Brotherhood, described. */
function dropAffiliation(tokens: Token[]): Token[] {
  let i = 0;
  while (tokens.length - i > 2 && AFFILIATION_ADJECTIVES.has(tokens[i].key)) i++;
  return tokens.slice(i);
}

/**
 * "the official Saudi Press Agency SPA": an acronym written right after the name it abbreviates,
 * without brackets, is its short form, not the name's last word.
 */
function trailingAcronym(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 3 || !/^\p{Lu}{2,6}$/u.test(last.text)) return false;
  const initials = tokens
    .slice(0, -1)
    .filter((t) => t.capital)
    .map((t) => t.text[0])
    .join('');
  return initials.endsWith(last.text);
}

function cut(tokens: Token[]): Token[][] {
  if (trailingAcronym(tokens)) return [...cut(tokens.slice(0, -1)), tokens.slice(-1)];
  // "and" first: in "… Federation of Trade Unions and PetroChina …" the "of" belongs to the left name.
  for (let i = 1; i < tokens.length - 1; i++) {
    const key = tokens[i].key;
    if (
      (key === 'and' || key === '&') &&
      !keepsAnd(tokens.slice(0, i), tokens.slice(i + 1), tokens[i])
    )
      return [...cut(tokens.slice(0, i)), ...cut(tokens.slice(i + 1))];
  }
  // "praised safety Ed Reed for the Super Bowl's only interception": a person's full name never
  // goes on with "for" (a body's head word does, "Center for …").
  const forAt = tokens.findIndex((t, i) => i >= 2 && t.key === 'for' && !t.capital);
  if (forAt > 0 && forAt <= 3 && isFirstName(tokens[0].key) && !tokens.slice(0, forAt).some(isHead))
    return [...cut(tokens.slice(0, forAt)), ...cut(tokens.slice(forAt + 1))];
  // The left part is cut again: "Gov. Chris Christie’s State of the State" has an owner in it.
  for (let i = 1; i < tokens.length - 1; i++) {
    if (
      tokens[i].key === 'of' &&
      !titleHolders(tokens, i) &&
      splitsAtOf(tokens.slice(0, i), tokens.slice(i + 1))
    ) {
      // "U.S. Secretary of State Hillary Rodham Clinton": the title's area is not the person's.
      const person = isTitle(tokens[i - 1].key) && personAfterArea(tokens.slice(i + 1));
      // "the Alfred H. Caspary Professor of Biological Engineering": a chair's subject, no body.
      const subject = SUBJECT_TITLES.has(tokens[i - 1].key) && !tokens.slice(i + 1).some(isHead);
      const right = person ? [person] : subject ? [] : cut(tokens.slice(i + 1));
      return [...cut(tokens.slice(0, i)), ...right];
    }
  }
  // "Stanford University's Center…", "Tunisia's Bardo museum", "Sony's PlayStation", and any
  // owner before a name of its own: "MIT's Lorenz Center", "Netanyahu's Likud", "James Gleick's
  // Chaos". A possessive stays inside a name when only head words follow it ("McDonald's
  // Corporation", "St. John's University"), a head word follows a name's owner (namedFor), or it
  // is a plural noun ("Baoji People's Congress").
  // "World’s Fair" is one event, not the world's fair.
  const event = tokens.length > 1 && EVENT_HEADS.has(tokens[tokens.length - 1].key);
  // "King's College London", "Alzheimer's Foundation of America": a head word right after a
  // possessive that is no known person's name makes it the name's own ("Obama's Council of…" not).
  const namedFor = (t: Token, i: number) =>
    isHead(tokens[i + 1]) &&
    // An acronym owns what it names: "ESPN's College Football Final" is ESPN's show.
    !/^\p{Lu}{2,}['’]s$/u.test(t.text) &&
    !hasTag(t.key, 'Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName');
  // "Moody's Analytics Inc.": a company's suffix makes the whole run its registered name.
  const registered = COMPANY_SUFFIXES.has(tokens[tokens.length - 1]?.key ?? '');
  const owner = tokens.findIndex(
    (t, i) =>
      t.possessive &&
      i < tokens.length - 1 &&
      !(registered && tokens.length - i <= 4) &&
      !(event && i === tokens.length - 2) &&
      (isHead(t) ||
        isPlace(t.key) ||
        isKnownOrg(t.key) ||
        isCompanyWord(t.key) ||
        (!tokens.slice(i + 1).every(isHead) && !PLURAL_OWNERS.has(t.key) && !namedFor(t, i))),
  );
  if (owner >= 0) return [tokens.slice(0, owner + 1), ...cut(tokens.slice(owner + 1))];
  return tokens.length ? [tokens] : [];
}

/** Heads of a place's formal name: "District of Columbia", "Kingdom of Saudi Arabia". */
const PLACE_HEADS = new Set(
  'district province kingdom commonwealth territory emirate prefecture sultanate principality'.split(
    ' ',
  ),
);

const JOURNAL_WORDS = new Set([
  'journal',
  'proceedings',
  'annals',
  'transactions',
  'notices',
  'bulletin',
]);

/**
 * "Jamie Werner of Ngātiwai" is a person and where she is from; "Fund Review Committee of Shaanxi
 * Federation of Trade Unions" and "Department of Conservation" are one organisation each: a name
 * that ends in an organisation's head word keeps its "of …" chain. A title before "of" ("Director of
 * the …") stays for stripTitles, which makes what follows the role's organisation.
 */
function splitsAtOf(left: Token[], right: Token[]): boolean {
  if (left.every((t) => isTitle(t.key) || hasTag(t.key, 'Honorific'))) return false;
  // "District of Columbia", "Kingdom of Saudi Arabia", "Province of Quebec": a place's own name,
  // whose "of" phrase names no body alone (neither Columbia University nor "Arabia").
  if (left.length === 1 && PLACE_HEADS.has(left[0].key) && right[0]?.capital) return false;
  // "Monthly Notices of the Royal Astronomical Society": ordinary words before "of the" name
  // nothing alone. "U.S. Attorney's Office for the Western District of New York": a chain that a
  // head already opened ("Office for …") goes on.
  if (right[0]?.key === 'the' && left.length >= 2 && left.every((t) => isCommonWord(t.key)))
    return false;
  // "Proceedings of the National Academy of Sciences": a journal's plural word alone, too.
  if (right[0]?.key === 'the' && left.length === 1 && JOURNAL_WORDS.has(left[0].key)) return false;
  if (headWithPhrase(left)) return false;
  return !isHead(left[left.length - 1]) || right.length === 0;
}
