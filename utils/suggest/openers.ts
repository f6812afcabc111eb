/**
 * Capitalised words that only open a sentence: a caption's label ("Photo"), a verb, a date, an
 * adverb ("Currently,", "Later"), a quantifier ("Many reports"). pieces.ts drops them from the front
 * of a run that starts a sentence.
 */
import { hasTag, isFirstName, ORG_HEADS, PLACE_OPENERS } from './lexicon';
import type { Token } from './tokens';
import type { Span } from './spans';

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
 * not tag at all ("Later Con Edison officials said…").
 */
const OPENERS = new Set(
  'many most all other more much both another later earlier now then today yesterday tomorrow instead'.split(
    ' ',
  ),
);

/** A caption's label or a quantifier or adverb of time: never part of a name. */
export const isLabelOrOpener = (key: string) => LABELS.has(key) || OPENERS.has(key);

export function isSentenceOpener(key: string): boolean {
  return (
    LABELS.has(key) ||
    OPENERS.has(key) ||
    // "Currently", "Separately": an adverb, unless a name ("Kelly").
    (/\p{Ll}ly$/u.test(key) && !isFirstName(key) && !hasTag(key, 'LastName', 'Person', 'Place')) ||
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
  return /\p{Ll}ly$/u.test(t.text) || hasTag(t.key, 'Adjective', 'Adverb');
}

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
