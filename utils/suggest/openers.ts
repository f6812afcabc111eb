/**
 * Capitalised words that only open a sentence: a caption's label ("Photo"), a verb, a date, an
 * adverb ("Currently,", "Later"), a quantifier ("Many reports"). pieces.ts drops them from the front
 * of a run that starts a sentence (dropOpeners).
 */
import {
  hasTag,
  isFirstName,
  isFunctionWord,
  isTitle,
  ORG_HEADS,
  PLACE_OPENERS,
  ROLES,
} from './lexicon';
import type { Token } from './tokens';
import type { Span } from './spans';
import { nicknameInContext } from './teams';

/** Caption and teaser labels Readability leaves before a sentence: "Photo United Nations peacekeepers…". */
const LABELS = new Set([
  'photo',
  'credit',
  'source',
  'image',
  'video',
  'related',
  'read',
  'watch',
  'analysis',
  'advertisement',
  'update',
  'updated',
]);

/**
 * Quantifiers the lexicon tags as adjectives ("Many reports suggest…") and adverbs of time it does
 * not tag at all ("Later Con Edison officials said…", "Former National Security Council official…").
 */
const OPENERS = new Set(
  'many most all other more much both another later earlier now then today yesterday tomorrow instead former'.split(
    ' ',
  ),
);

/** A caption's label or a quantifier or adverb of time: never part of a name. */
export const isLabelOrOpener = (key: string) => LABELS.has(key) || OPENERS.has(key);

export function isSentenceOpener(key: string): boolean {
  return (
    LABELS.has(key) ||
    OPENERS.has(key) ||
    // "Currently", "Separately": an adverb, unless a name ("Kelly") or a noun ("Family").
    (/\p{Ll}ly$/u.test(key) &&
      !isFirstName(key) &&
      !hasTag(key, 'LastName', 'Person', 'Place', 'Singular')) ||
    hasTag(
      key,
      'Infinitive',
      'PastTense',
      'PresentTense',
      'Gerund',
      'Duration',
      'Date',
      'Month',
      'WeekDay',
      'Expression',
      'Plural',
    )
  );
}

/**
 * "Currently, the department…", "Still, the agency…": one word that opens a sentence before a comma
 * is an adverb or an adjective, unless the lexicon knows it as a name ("Kelly, 45, said").
 */
export function isLoneOpener(span: Span): boolean {
  const t = span.tokens[0];
  const next = span.sentence[span.index + 1];
  if (!next || !/^,/.test(next.gap) || isFirstName(t.key) || hasTag(t.key, 'LastName', 'Person'))
    return false;
  return (
    /\p{Ll}ly$/u.test(t.text) ||
    ADJECTIVE_ENDING.test(t.text) ||
    hasTag(t.key, 'Adjective', 'Adverb')
  );
}

/** Endings that make a word an adjective whatever the lexicon lists: "Curious, I asked…". */
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ous|ful|less)$/u;

/**
 * "State Department", "Transport Ministry": a word the lexicon knows as a verb, before a head word,
 * is the body's name, not an opener. Not a label ("Watch Party…"), a past tense or a date.
 */
export function namesBody(tokens: Token[]): boolean {
  // "Mount Everest", "Lake Michigan": a place's first word.
  if (tokens.length >= 2 && PLACE_OPENERS.has(tokens[0].key)) return true;
  return (
    tokens.length === 2 &&
    ORG_HEADS.has(tokens[1].key) &&
    !isLabelOrOpener(tokens[0].key) &&
    !hasTag(tokens[0].key, 'PastTense', 'Gerund', 'Plural', 'Date', 'Month', 'WeekDay', 'Duration')
  );
}

/** Last words of newspapers' and magazines' names, which are written with their "The". */
export const PAPER_HEADS = new Set(
  `times post journal herald tribune guardian telegraph observer examiner inquirer gazette chronicle
  economist atlantic independent star sun globe courier register enquirer mirror express review
  yorker courant bee dispatch sentinel advocate picayune`.split(/\s+/),
);
/** "I’ve", "We’re", "I’m": a pronoun and its verb, never a name ("what I’ve delivered"). */
const CONTRACTION = /^\p{L}+['’](ve|re|ll|m|d)$/iu;
const ARTICLES = new Set(['the', 'a', 'an']);
/** Tags of a word that only opens a sentence as a verb: "Fed" is also "fed". */
const isVerbWord = (key: string) =>
  hasTag(key, 'Infinitive', 'PastTense', 'PresentTense') &&
  !hasTag(key, 'Date', 'Month', 'WeekDay', 'Duration');

/**
 * The run without the words before its name: a capital that only starts the sentence ("But",
 * "Then", "On Friday", "Seven decades later"), a function word, a contraction. `inner` holds the
 * runs the article writes inside a sentence (their keys): a word that opens a sentence stays when
 * the run with it is written so elsewhere ("Setting Captives Free, a ministry…" and "a Setting
 * Captives Free representative": the verb is the name's).
 */
export function dropOpeners(span: Span, inner: ReadonlySet<string> = new Set()): Token[] {
  let tokens = span.tokens;
  // Not a verb before a head word: "State Department deputy spokesperson…" names a body.
  // A capital "The" inside a sentence is the name's own, as written: "said The New York Times";
  // so it is before a paper's name anywhere ("The Washington Post reported").
  // "As The Onion once said": a word before it opened the sentence, so the capital is the name's.
  const ownThe = (t: Token[]) =>
    t[0].key === 'the' &&
    t[0].capital &&
    t.length > 1 &&
    (!span.atStart || t[0] !== span.tokens[0] || PAPER_HEADS.has(t[t.length - 1].key));
  // A verb's word after an opening article is a name, capitalised as one: "The Fed said…", "The
  // Met reopens…" (a sentence opens with the article, not with the word).
  const named = (t: Token[]) =>
    t !== span.tokens && ARTICLES.has(span.tokens[span.tokens.indexOf(t[0]) - 1]?.key ?? '');
  // "…,’’ Will Moy, chief executive of…", "said May Brant": inside a sentence a capitalised modal
  // before another capitalised word is a first name (at its start, "Will Moy be there?" asks).
  // (A closed quotation's comma, ',” Will Moy', is inside the sentence too.)
  const inside = !span.atStart || /^[,;]/.test(span.tokens[0].gap);
  // "co-author Til Birnstiel": after a role in lower case, whatever else the lexicon calls it
  // ("til", a conjunction) a capitalised word before another opens the name.
  const role = span.sentence[span.index - 1];
  const afterRole =
    !!role && !role.capital && (ROLES.has(role.key) || ROLES.has(role.key.replace(/^co-?/, '')));
  const firstName = (t: Token[]) =>
    inside &&
    t.length > 1 &&
    t[0].capital &&
    t[1].capital &&
    (hasTag(t[0].key, 'Modal') || (afterRole && t === span.tokens));
  // "Ravens executive Ozzie Newsome said…", "Nets fans cheered": a plural that a team's roles or
  // fans follow is the team's nickname, not a plural opening the sentence ("Added owner Jerry
  // Jones" opens with a verb).
  const team = (t: Token[]) =>
    t.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(t[0].text) && nicknameInContext({ tokens: t, span });
  // "banking company Fifth Third Bancorp": inside a sentence, capitalised number words before
  // another capitalised word open its name (not a title's: "First Lady Michelle Obama").
  const counted = (t: Token[]) => {
    const k = t.findIndex((u) => !(u.capital && hasTag(u.key, 'TextValue')));
    return !span.atStart && k > 0 && !!t[k]?.capital && !isTitle(t[k].key);
  };
  while (
    tokens.length &&
    !ownThe(tokens) &&
    !team(tokens) &&
    !counted(tokens) &&
    !firstName(tokens) &&
    (isFunctionWord(tokens[0].key) ||
      CONTRACTION.test(tokens[0].text) ||
      (span.atStart &&
        isSentenceOpener(tokens[0].key) &&
        !(tokens.length > 1 && inner.has(runKey({ tokens }))) &&
        !namesBody(tokens) &&
        !registered(tokens) &&
        !(named(tokens) && isVerbWord(tokens[0].key))))
  )
    tokens = tokens.slice(1);
  return tokens;
}

/** Legal forms a company's registered name ends with, in English and in Europe. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'se', 'spa']);

/**
 * "Credit Suisse Group AG gained 6.4 percent": three words or more closed by a legal form are a
 * company's registered name, first word and all, even when that word could open a sentence
 * alone ("Credit" is a caption's label too).
 */
function registered(tokens: Token[]): boolean {
  return (
    tokens.length >= 3 &&
    LEGAL_FORMS.has(tokens[tokens.length - 1].key) &&
    tokens.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
  );
}

/** A run's words as `inner` holds them. */
export const runKey = ({ tokens }: { tokens: readonly Token[] }) =>
  tokens.map((t) => t.key).join(' ');
