/**
 * A university's campus or city written after its name: "University of California, Berkeley",
 * "University of Texas Southwestern Medical Center at Dallas". Cut there, the name is another
 * body's (the whole University of California) or a name no one uses.
 */
import { hasTag, INSTITUTION_NOUNS, isFirstName, isPlace, isPlaceName } from './lexicon';
import { previousToken } from './lists';
import type { Piece } from './pieces';
import { isCommonWord } from './name-words';
import type { Token } from './tokens';

const SPACE = /^\s+$/;
/**
 * Where a campus's name must end: the sentence, a punctuation mark, or a lower-case word, but not
 * an "and" before another name ("…, Berkeley and Stanford" lists places or bodies).
 */
const ends = (t: Token[], k: number) => {
  const u = t[k];
  if (!u || !SPACE.test(u.gap)) return true;
  return !u.capital && !(u.key === 'and' && t[k + 1]?.capital);
};

/** The run of capitalised words (with their connectors) that ends at `j`. */
function runTo(t: Token[], j: number): Token[] {
  let start = j;
  while (start > 0 && SPACE.test(t[start].gap)) start--;
  return t.slice(start, j + 1);
}

/**
 * "University of California, Berkeley": one capitalised word after a comma that closes a
 * "University of <state>" name, neither an ordinary word, a first name, a country nor a state,
 * then the name ends.
 */
export function campusAfterComma(t: Token[], j: number): boolean {
  const run = runTo(t, j);
  const next = t[j + 1];
  if (twoWordCampus(t, j, run)) return true;
  return (
    (run.some((u, i) => u.key === 'university' && run[i + 1]?.key === 'of') ||
      stateUniversity(run)) &&
    /^,\s+$/.test(next.gap) &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    !isCommonWord(next.key) &&
    !isFirstName(next.key) &&
    // "Technical University of Dresden, Germany": a country or a state says where it is.
    !hasTag(next.key, 'Country', 'Region') &&
    // "University of Yamanashi, Tokyo": a known city after a university not named for a state says
    // where it is too; a state's universities have campuses ("University of Texas, Austin").
    !(
      hasTag(next.key, 'City') &&
      !run.some((u, i) => i > 0 && run[i - 1].key === 'of' && hasTag(u.key, 'Region')) &&
      !stateUniversity(run)
    ) &&
    ends(t, j + 2)
  );
}

/**
 * "California State University, Sacramento": a state, "State University", then a comma: a
 * state's system of campuses, each named for its city.
 */
function stateUniversity(run: Token[]): boolean {
  const n = run.length;
  if (n < 3 || run[n - 1].key !== 'university' || run[n - 2].key !== 'state') return false;
  // One word or two ("New Mexico") before "State", all capitalised.
  const one = run[n - 3];
  const two = run[n - 4];
  return (
    (one.capital && hasTag(one.key, 'Region')) ||
    (!!two && two.capital && one.capital && hasTag(`${two.key} ${one.key}`, 'Region'))
  );
}

/** Words that open a two-word city's name: "Santa Barbara", "San Marcos", "Fort Worth". */
const CITY_OPENERS = new Set([
  'san',
  'santa',
  'los',
  'las',
  'la',
  'el',
  'st',
  'saint',
  'fort',
  'port',
]);

/**
 * "University of California, Santa Barbara": two words after the comma that closes a university
 * named for a state, when they read as a city's name (a known city, or "San", "Santa", "Fort" and
 * a capitalised word), then the name ends. A state's university has campuses in its cities.
 */
function twoWordCampus(t: Token[], j: number, run: Token[]): boolean {
  const [a, b] = [t[j + 1], t[j + 2]];
  return (
    !!a &&
    !!b &&
    run.some((u, i) => u.key === 'university' && run[i + 1]?.key === 'of') &&
    run.some((u, i) => i > 0 && run[i - 1].key === 'of' && hasTag(u.key, 'Region')) &&
    /^,\s+$/.test(a.gap) &&
    SPACE.test(b.gap) &&
    /^\p{Lu}\p{Ll}+$/u.test(a.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(b.text) &&
    (CITY_OPENERS.has(a.key) || hasTag(`${a.key} ${b.key}`, 'City')) &&
    ends(t, j + 3)
  );
}

/** "… Medical Center at Dallas": an institution's head, "at", a city, then the name ends. */
export function campusAt(t: Token[], j: number): boolean {
  const head = t[j].key;
  const city = t[j + 2];
  return (
    (INSTITUTION_NOUNS.has(head) || head === 'center' || head === 'centre') &&
    t[j + 1]?.key === 'at' &&
    !t[j + 1].capital &&
    SPACE.test(t[j + 1].gap) &&
    !!city?.capital &&
    SPACE.test(city.gap) &&
    isPlace(city.key) &&
    ends(t, j + 3)
  );
}

/**
 * "Texas A&M", "Florida A&M": a place, then "A&M" (Agricultural and Mechanical), is the state's
 * college of that name, however the article writes it. So is a state, then "State" ("coached at
 * Michigan State", "Ohio State's Jim Tressel"), unless the sentence is in it ("in Washington
 * State"): the state itself is written without "State", or as "New York State".
 */
export function stateCollege(piece: Piece): boolean {
  const ts = piece.tokens;
  if (ts.length >= 2 && ts[ts.length - 1].text === 'A&M')
    return isPlaceName(ts.slice(0, -1).map((t) => t.key));
  const before = previousToken(piece)?.key ?? '';
  return (
    ts.length === 2 &&
    ts[1].key === 'state' &&
    hasTag(ts[0].key, 'Region') &&
    !['in', 'across', 'throughout', 'around'].includes(before)
  );
}
