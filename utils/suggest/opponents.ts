/**
 * People named side by side: a list of players ("Mikhail Kukushkin and Alexander Bublik defeated
 * Robin Haase and Jean-Julien Rojer") or a result ("Denis Shapovalov defeated Taylor Fritz"). A
 * name that the rules could not type, joined so to a person, is a person too, when its words look
 * like a name's ("Robin", "Taylor" are also words; "Grand Central" is not a name).
 */
import { familyNamesOf } from './agreement';
import type { Kind } from './classify';
import { hasTag, isFunctionWord, isPlace, tagsOf } from './lexicon';
import type { Mention } from './types';

interface Item {
  kind: Kind;
  score: number;
  words: string[];
  mention: Mention;
}

/**
 * "and" or a result's verb between two names; not a comma alone, which also sets a speaker off
 * ("such as Quell Warner, Dana Kiley said").
 */
const PAIRED =
  /^,?\s+and\s+$|^\s+(?:defeated|beat|had\s+beaten|edged|outlasted|upset|downed|topped|routed|ousted|eliminated|(?:cruised|rallied|battled)\s+past)\s+$/u;

/** ", of South Africa," after a name: where a player is from. */
const FROM_PLACE = /^\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?=,?\s+and\s+$)/u;

/** A family name looks like one: no word the lexicon knows but as a name, no place. */
const familyShaped = (key: string) =>
  tagsOf(key).every((tag) => /Name|Person/.test(tag)) &&
  !isPlace(key) &&
  !(key.endsWith('s') && tagsOf(key.slice(0, -1)).length > 0);

function nameLike(f: Item): boolean {
  const [first, last] = [f.words[0], f.words.at(-1)!];
  return (
    f.words.length >= 2 &&
    f.words.length <= 4 &&
    // Words written as names are: "Jean-Julien", "van de"; not "IHS", "LGP-30", "R-Ky", "I’d".
    f.mention.text
      .split(/\s+/)
      .every((w) => /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Ll}{1,3})$/u.test(w)) &&
    familyShaped(last) &&
    !isPlace(first) &&
    !isFunctionWord(first) &&
    !hasTag(first, 'Date', 'WeekDay', 'Month', 'Adjective')
  );
}

export function pairedWithPeople<T extends Item>(found: T[], text: string): void {
  // A family name alone ("Kukushkin had beaten …") stands for the person named in full.
  const family = familyNamesOf(found);
  const person = (f?: T) =>
    !!f && (f.kind === 'person' || (f.words.length === 1 && family.has(f.words[0])));
  const paired = (a: T, b: T) => {
    const between = text.slice(a.mention.end, b.mention.start);
    return PAIRED.test(between) || PAIRED.test(between.replace(FROM_PLACE, ''));
  };
  // "Raven Klaasen of South Africa and Michael Venus": where each is from stands between.
  const neighbour = (i: number, step: number) => {
    let k = i + step;
    while (found[k]?.kind === 'place' && Math.abs(k - i) < 3) k += step;
    return found[k];
  };
  found.forEach((f, i) => {
    if (f.kind !== 'unknown' || !nameLike(f)) return;
    const [before, after] = [neighbour(i, -1), neighbour(i, 1)];
    if ((person(before) && paired(before, f)) || (person(after) && paired(f, after)))
      Object.assign(f, { kind: 'person', score: 0.6 });
  });
}
