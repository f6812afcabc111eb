/**
 * Two to four name words, and whether they are a person's: a first name opens them, a family name
 * closes them, or the words around them speak of a person (classify.ts asks after everything else).
 */
import { hasPersonContext } from './context';
import { PARTICLES } from './cues';
import { isFirstNameAlsoWord } from './gazetteer';
import { hasTag, isFirstName, isFunctionWord, ROLES, tagsOf } from './lexicon';
import { previousToken } from './lists';
import { isCommonWord, isGivenNameFirst, plainFirstNameFirst } from './name-words';
import type { Piece } from './pieces';
import type { Token } from './tokens';
import type { Verdict } from './classify';

export /** Two to four name words: a person when a first name, a family name or the context says so. */
function fullName(piece: Piece, nameWords: Token[]): Verdict {
  const ts = piece.tokens;
  const keys = ts.map((t) => t.key);
  const last = ts[ts.length - 1];
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
  return { kind: 'unknown', score: 0 };
}
