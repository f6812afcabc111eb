/**
 * Two to four name words, and whether they are a person's: a first name opens them, a family name
 * closes them, or the words around them speak of a person (classify.ts asks after everything else).
 */
import { hasPersonContext } from './context';
import { PARTICLES } from './cues';
import { isFirstNameAlsoWord } from './gazetteer';
import { hasTag, isFirstName, isFunctionWord, isPlace, ROLES, tagsOf } from './lexicon';
import { endIndex, previousToken } from './lists';
import { isCommonWord, isGivenNameFirst, isHead, plainFirstNameFirst } from './name-words';
import { spacedFromPrevious } from './tokens';
import type { Piece } from './pieces';
import type { Token } from './tokens';
import type { Verdict } from './classify';

export /** Two to four name words: a person when a first name, a family name or the context says so. */
function fullName(piece: Piece, nameWords: Token[]): Verdict {
  const ts = piece.tokens;
  const keys = ts.map((t) => t.key);
  const last = ts[ts.length - 1];
  if (placeAfterArticle(piece)) return { kind: 'unknown', score: 0 };
  // A first name opens the name, or follows initials or other names: "Super Mario Run" is a game.
  const firstAt = nameWords.slice(0, -1).findIndex((t) => isFirstName(t.key));
  if (firstAt >= 0 && nameWords.slice(0, firstAt).every((t) => !isCommonWord(t.key)))
    return { kind: 'person', score: 0.85 };
  // A given name that is seldom a word's capital needs no context, unless an article makes the
  // pair a thing's name ("the Ray Quillfen box").
  const article = ['the', 'a', 'an'].includes(previousToken(piece)?.key ?? '');
  if (
    plainFirstNameFirst(ts) &&
    (hasPersonContext(piece) || (isGivenNameFirst(ts[0].key) && !article))
  )
    return { kind: 'person', score: 0.7 };
  // "Will Moy", "May Brant": a modal kept at a name's front (pieces.ts keeps it only inside a
  // sentence, before a capital) is a first name, before a word no lexicon knows or in a person's
  // context.
  if (
    ts.length === 2 &&
    hasTag(ts[0].key, 'Modal') &&
    (tagsOf(ts[1].key).length === 0 || hasPersonContext(piece))
  )
    return { kind: 'person', score: 0.7 };
  // "spokesperson Bill Line said": a role right before a first name makes a person of it, whatever
  // the family name is as a word ("Line", "Rose"); so it does of a first name the lexicon takes
  // for a small word ("co-author Til Birnstiel", "til" a conjunction; openers.ts kept it).
  const before = previousToken(piece);
  if (
    ts.length === 2 &&
    (isFirstNameAlsoWord(ts[0].key) || isFunctionWord(ts[0].key)) &&
    before &&
    !before.capital &&
    (ROLES.has(before.key) || ROLES.has(before.key.replace(/^co-?/, '')))
  )
    return { kind: 'person', score: 0.7 };
  if (hasTag(last.key, 'LastName', 'Person') || /^(Mc|Mac|O['’])\p{Lu}/u.test(last.text))
    return { kind: 'person', score: 0.75 };
  // "Carmelo Anthony", "LeBron James", "Ray Allen": a given name as the family name, after a word
  // no lexicon knows or a first name that is also a word.
  if (
    ts.length === 2 &&
    hasTag(last.key, 'MaleName', 'FemaleName') &&
    /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(ts[0].text) &&
    (tagsOf(ts[0].key).length === 0 || isFirstNameAlsoWord(ts[0].key))
  )
    return { kind: 'person', score: 0.7 };
  // Context alone is weaker evidence: "Whole Foods said" has a saying verb too, but common words.
  const plain = !keys.some(
    (k) =>
      !PARTICLES.has(k) &&
      tagsOf(k).length > 0 &&
      !hasTag(k, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'),
  );
  // After a title any words but adjectives may be names: "Mayor Bill de Blasio", "Leader Bill
  // Shorten" ("bill" a noun, "shorten" a verb), not "General Public License".
  const nouny = !keys.some((k) => hasTag(k, 'Adjective') && !isFirstName(k));
  if ((piece.titled && nouny) || (plain && hasPersonContext(piece)))
    return { kind: 'person', score: 0.7 };
  // "Kirsty Spalding, of Sweden’s Karolinska Institute, and her colleagues": two words known only
  // as names, or not at all, then ", of" and a body: how news introduces a person.
  const named = keys.every((k) => tagsOf(k).every((tag) => /Name|Person|ProperNoun/.test(tag)));
  if (ts.length === 2 && named && affiliationAfter(piece)) return { kind: 'person', score: 0.7 };
  // "commentators like Rush Limbaugh, who had been claiming…": "who" is said of people, also
  // after a first name that is a word ("Rush"), when the last looks like a family name.
  const after = piece.span.sentence[endIndex(piece) + 1];
  const family = tagsOf(last.key).every((tag) => /Name|Person/.test(tag)) && !isPlace(last.key);
  const first = !isPlace(ts[0].key) && !hasTag(ts[0].key, 'Adjective', 'Date', 'Determiner');
  if (ts.length === 2 && family && first && after?.key === 'who' && /^,\s*$/.test(after.gap))
    return { kind: 'person', score: 0.7 };
  return { kind: 'unknown', score: 0 };
}

/**
 * Two name-shaped words that a person's words decide, before a place's look can: a role in lower
 * case right before them ("coach Doc Rivers", "autocrat Hosni Mubarak"; "Rivers" is a place's
 * plural head), or a first name that is no place before a city's name ("led by Mike Cleveland").
 */
export function personDespitePlace(piece: Piece): boolean {
  const ts = piece.tokens;
  if (ts.length !== 2 || !ts.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) || isHead(ts[1]))
    return false;
  const before = previousToken(piece);
  const role = !!before && !before.capital && ROLES.has(before.key) && spacedFromPrevious(ts[0]);
  if (role && (isFirstName(ts[0].key) || tagsOf(ts[0].key).length === 0)) return true;
  return (
    isFirstName(ts[0].key) &&
    !isPlace(ts[0].key) &&
    !isCommonWord(ts[0].key) &&
    hasTag(ts[1].key, 'City') &&
    tagsOf(ts[1].key).every((tag) => tag === 'City')
  );
}

/** ", of Sweden’s Karolinska Institute", ", of the Technical University of Dresden": where one works. */
function affiliationAfter(piece: Piece): boolean {
  const s = piece.span.sentence;
  const i = endIndex(piece) + 1;
  if (s[i]?.key !== 'of' || !/^,\s+$/.test(s[i].gap) || s[i].capital) return false;
  const next = s[i + 1]?.key === 'the' ? s[i + 2] : s[i + 1];
  return !!next?.capital && spacedFromPrevious(next);
}

/**
 * "in the Orion Spur, an offshoot of…", "known as la Ciudad Blanca": an article in lower case
 * right before a name that nothing follows but punctuation names a place or a thing. A person's
 * name takes one only as a modifier ("the Bill Clinton years") or after a title ("the Rev. …").
 */
function placeAfterArticle(piece: Piece): boolean {
  const before = previousToken(piece);
  const after = piece.span.sentence[endIndex(piece) + 1];
  return (
    !piece.titled &&
    !!before &&
    !before.capital &&
    ['the', 'la', 'el', 'le'].includes(before.key) &&
    (!after || /^\s*[,.;:)!?"”]/u.test(after.gap))
  );
}

/**
 * "former Secretary of State Rex W. Tillerson": a name a title opens, from a first name on (one
 * that is also a word included), is a person's whatever the sentence says of bodies around it.
 */
export const titledFirstName = (piece: Piece) =>
  piece.titled &&
  piece.tokens.length >= 2 &&
  (isFirstName(piece.tokens[0].key) || isFirstNameAlsoWord(piece.tokens[0].key)) &&
  !piece.tokens.some(isHead);
