/**
 * Titles and roles before a person's name: "Prime Minister Habib Essid", "Republican Gov. Rick
 * Perry", "California State Park Ranger Supervisor Robert Colligan", "Oceanographer Pattiaratchi
 * said". They end the name before them and are left off the person's.
 */
import { hasTag, isFirstName, isPlace, isTitle, ROLES, tagsOf } from './lexicon';
import { isFirstNameAlsoWord } from './gazetteer';
import { OFFICES } from './cues';
import { isHead, isLink, trimLinks } from './name-words';
import type { Piece } from './pieces';
import type { Span } from './spans';
import type { Token } from './tokens';

/**
 * Words that make a title of a role's area ("Press Secretary"; "Press" is also a head word), and
 * a ministry's area, which names no body alone: "U.S. Defense Secretary", "Italian Finance Minister".
 */
const TITLE_QUALIFIERS = new Set([
  'press',
  'communications',
  ...'defense defence interior commerce energy labor labour education transportation transport agriculture finance foreign health trade'.split(
    ' ',
  ),
]);
/** Titles whose "of …" is a subject taught or studied: "Professor of Biological Engineering". */
export const SUBJECT_TITLES = new Set(['professor', 'prof', 'lecturer', 'reader']);

export /**
 * "Australian Federal Police Commissioner Andrew Colvin", "Supreme Court Justice Ruth Bader
 * Ginsburg": a title inside a run ends one name and starts a person's. Two words at least must
 * follow the title ("Martin Luther King Jr." keeps its "King"), none of them a head word.
 */
function cutAtInnerTitle(tokens: Token[]): Token[][] {
  // A role word ("California State Park Ranger Supervisor Robert Colligan") counts as a title
  // when a first name follows the run of them: "Park Ranger Station" stays whole.
  const titleLike = (t: Token) => isTitle(t.key) || ROLES.has(t.key);
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!titleLike(tokens[i]) || titleLike(tokens[i - 1])) continue;
    let j = i;
    while (j < tokens.length && titleLike(tokens[j])) j++;
    const rest = tokens.slice(j);
    // "Martin Luther King Jr. Boulevard": a title before "Jr." is a family name.
    if (['jr', 'sr'].includes(rest[0]?.key ?? '')) continue;
    const titled =
      tokens.slice(i, j).some((t) => isTitle(t.key)) || isFirstName(rest[0]?.key ?? '');
    // One word after a title ends the run, when it can only be a name: "Dallas Fed President
    // Fisher" (a family name alone), not "Burger King Whopper" nor "Police Chief Station".
    // So does a minister's: "Mining and Energy Minister Subroto" (a minister holds no office in
    // the words before, which name the ministry's area, not a body).
    const office = OFFICES.has(tokens[j - 1].key) || tokens[j - 1].key === 'minister';
    const familyName = rest.length === 1 && office && onlyAName(rest[0]);
    if (titled && (rest.length >= 2 || familyName) && !rest.some(isHead) && !rest.some(isLink)) {
      // "CBS Sports NFL Insider Jason La Canfora": the beat's acronym is no part of the outlet's name.
      const beat = i >= 3 && /^\p{Lu}{2,5}$/u.test(tokens[i - 1].text);
      if (beat) return [tokens.slice(0, i - 1), tokens.slice(i - 1, i), tokens.slice(i)];
      // "White House Press Secretary Stephanie Grisham", "U.S. Defense Secretary Mark Esper":
      // between a name and the title, a word that qualifies the title is neither name's.
      if (i >= 2 && TITLE_QUALIFIERS.has(tokens[i - 1].key))
        return [tokens.slice(0, i - 1), tokens.slice(i)];
      return [tokens.slice(0, i), tokens.slice(i)];
    }
  }
  return [tokens];
}

export function stripTitles(tokens: Token[], span: Span): Piece[] {
  // "Analyst Tom Forte of …": a role word capitalised only for starting the sentence.
  // "Oceanographer Pattiaratchi said": one word after it, when that word is a name's.
  const roleFirst =
    span.atStart &&
    tokens[0] === span.tokens[0] &&
    ROLES.has(tokens[0].key) &&
    (tokens.length >= 3 || (tokens.length === 2 && onlyAName(tokens[1])));
  let i = roleFirst ? 1 : 0;
  let titled = roleFirst;
  while (
    i < tokens.length - 1 &&
    (isTitle(tokens[i].key) ||
      hasTag(tokens[i].key, 'Honorific') ||
      (hasTag(tokens[i].key, 'Demonym') && !demonymOwnsWord(tokens, i)))
  ) {
    // "Tunisian Islamists" loses its demonym but is not thereby a person.
    titled ||= !hasTag(tokens[i].key, 'Demonym');
    i++;
  }
  // "Ranger Supervisor Robert Colligan": roles written as titles, before a first name.
  let k = i;
  while (k < tokens.length - 2 && (ROLES.has(tokens[k].key) || isTitle(tokens[k].key))) k++;
  if (k > i && isFirstName(tokens[k].key)) [i, titled] = [k, true];
  if (i === 0) return [{ tokens, span, titled: false, orgOnly: false }];
  // "Chief Information Officer for Acme Communications": a job that a title opens and a role word
  // ends, then the body it is held in. Only the body is a name.
  const role = tokens.findIndex((t, j) => j >= i && j < i + 3 && ROLES.has(t.key));
  if (role >= 0 && ['for', 'of', 'at'].includes(tokens[role + 1]?.key ?? '')) i = role + 1;
  const rest = tokens.slice(i);
  if (isLink(rest[0])) {
    const person = personAfterArea(trimLinks(rest));
    if (person) return [{ tokens: person, span, titled: true, orgOnly: false }];
    // "Secretary of the Party Leadership Group": the role's organisation.
    const org = trimLinks(rest);
    return org.length ? [{ tokens: org, span, titled: false, orgOnly: true }] : [];
  }
  // "General Motors" keeps its first word; "Prime Minister Habib Essid" loses the title.
  if (rest.some(isHead)) return [{ tokens, span, titled: false, orgOnly: false }];
  return [{ tokens: rest, span, titled, orgOnly: false }];
}

/** A word the lexicon knows only as a name, or not at all, and no head word: "Pattiaratchi". */
const onlyAName = (t: Token) =>
  !isHead(t) && !isPlace(t.key) && tagsOf(t.key).every((tag) => /Name|Person/.test(tag));

/** How many words the area of a title may have: "of Homeland Security". */
const MAX_AREA_WORDS = 3;

/**
 * "Secretary of State Hillary Rodham Clinton", "Minister of Finance Jane Doe": the title's area,
 * then a person's name, from a first name on, of two words at least and no head word (as in
 * cutAtInnerTitle). "Secretary of the Party Leadership Group" has no first name: no person.
 */
export function personAfterArea(tokens: Token[]): Token[] | null {
  for (let m = 1; m <= MAX_AREA_WORDS && m < tokens.length - 1; m++) {
    if (isLink(tokens[m]) || isHead(tokens[m])) return null;
    const name = tokens.slice(m);
    // After a title's area a first name that is also a word is the name's: "Rex", "Bill".
    const first = isFirstName(tokens[m].key) || isFirstNameAlsoWord(tokens[m].key);
    if (first && !name.some(isHead) && !name.some(isLink)) return name;
  }
  return null;
}

/**
 * "Aaron Judge", "Mike Bishop": a title word ending a name after a first name is the family name.
 * A title stands before the name it gives ("Judge Aaron Hale"), never after a first name alone.
 */
export function titleAsFamilyName(keys: string[], i: number): boolean {
  return keys.length === 2 && i === 1 && isFirstName(keys[0]) && !isTitle(keys[0]);
}

/**
 * "American Express": a demonym before one last ordinary singular word is the name's first word,
 * as that word alone names nothing, and so it is before a name with a phrase. Before a plural it
 * describes ("Tunisian Islamists").
 */
function demonymOwnsWord(tokens: Token[], i: number): boolean {
  const rest = tokens[i + 1];
  // "Egyptian Initiative for Personal Rights": a name that goes on with its phrase is a body's,
  // and the nationality its first word; "Egyptian Minister of Finance …" is a title's.
  const after = tokens.slice(i + 1);
  if (after.some(isLink) && !after.some((t) => isTitle(t.key) || ROLES.has(t.key))) return true;
  return (
    i === tokens.length - 2 &&
    !isTitle(rest.key) &&
    !hasTag(rest.key, 'Plural', 'Demonym') &&
    hasTag(rest.key, 'Adjective', 'Singular')
  );
}
