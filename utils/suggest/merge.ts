/**
 * Entities found twice under different forms, joined after grouping: a person's first names named
 * on their own, an acronym and its expansion, a fragment of a longer organisation's name.
 */
import { hasTag, isFirstName, isPlace, ORG_HEADS } from './lexicon';
import { COMPANY_SUFFIXES } from './name-words';
import { spelledBy } from './spellings';
import type { EntityKind, Mention } from './types';

export interface Group<T extends { mention: Mention } = { mention: Mention }> {
  kind: EntityKind;
  items: T[];
  words: string[];
  initials: string;
  chinese: boolean;
}

/** "Te Kaurinui" was named on its own before "Te Kaurinui Robert Parata": fold it into the longer name. */
export function mergeShortPeople<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
): void {
  const people = [...groups]
    .filter(([, g]) => g.kind === 'person')
    .sort(([, a], [, b]) => a.words.length - b.words.length);
  for (const [key, g] of people) {
    const other = ([k]: [string, Group<T>]) => k !== key && groups.has(k);
    const longer = people.find(
      (e) => other(e) && e[1].words.length > g.words.length && endsWith(e[1].words, g.words),
    );
    const into = longer ?? (g.words.length === 1 ? onlyOpenedBy(g.words[0], people, other) : null);
    if (!into) continue;
    into[1].items.push(...g.items);
    groups.delete(key);
  }
}

/**
 * "Sheikh Ali denied it" after "Sheikh Ali al-Khalifa al-Sabah": a first name alone is the one
 * person of the article whose name it opens.
 */
function onlyOpenedBy<E extends [string, { words: string[] }]>(
  word: string,
  people: E[],
  other: (e: E) => boolean,
): E | null {
  if (!isFirstName(word)) return null;
  const opening = people.filter((e) => other(e) && e[1].words.length > 1 && e[1].words[0] === word);
  return opening.length === 1 ? opening[0] : null;
}

/** An acronym's letters ("UN" for "UN" and "U.N.", written with periods), or null for other names. */
export function acronymLetters(text: string): string | null {
  const letters = /^(?:\p{Lu}\.){2,6}$/u.test(text) ? text.replace(/\./g, '') : text;
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : null;
}

/** "MSC" joins "Marine Stewardship Council" when its letters are the council's initials. */
export function mergeAcronyms<T extends { mention: Mention }>(groups: Map<string, Group<T>>): void {
  for (const [key, g] of groups) {
    const letters = acronymLetters(g.items[0].mention.text);
    if (g.kind !== 'organization' || !letters) continue;
    const full = [...groups].find(
      ([k, h]) => k !== key && h.kind === 'organization' && spelledBy(h).includes(letters),
    );
    if (!full) continue;
    full[1].items.push(...g.items);
    groups.delete(key);
  }
}

/**
 * "Federation of Trade Unions" after "Shaanxi Federation of Trade Unions": a short form that ends a
 * longer organisation's name is that organisation when only one fits, and no entity of its own when
 * several do (the reader tags it under its full name).
 */
export function foldFragments<T extends { mention: Mention }>(groups: Map<string, Group<T>>): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    // One word only when it is a head word: "Navy" is the "U.S. Navy", "the Church" the
    // "Russian Orthodox Church", but "AirAsia" is not "Indonesia AirAsia" (see nationalArm).
    const lone = !key.includes(' ');
    if (lone && !ORG_HEADS.has(key)) continue;
    // "… Committee of Shaanxi Federation of Trade Unions" names another body: what follows "of" is whole.
    const longer = orgs.filter(
      ([k]) =>
        k !== key &&
        groups.has(k) &&
        k.endsWith(' ' + key) &&
        !/\b(?:of|the|for|on|and)$/.test(k.slice(0, -key.length - 1)),
    );
    if (longer.length === 0) continue;
    if (longer.length === 1) longer[0][1].items.push(...g.items);
    groups.delete(key);
  }
}

const nationOf = (words: string) =>
  isPlace(words) || hasTag(words, 'Demonym') || /^(?:u\.?s|u\.?k)\.?$/.test(words);

/**
 * Words a company's full name adds to the name it goes by: "Cisco Systems", "Netscape
 * Communications Corporation"; a broadcaster's newsroom is the broadcaster ("BBC News"), a magazine
 * its title ("Forbes Magazine" and "Forbes").
 */
const CORPORATE = new Set(
  'systems technologies technology communications corporation corp inc incorporated ltd limited plc llc co company group holdings news magazine'.split(
    ' ',
  ),
);

/** Registered forms written before a company's name: "AB Volvo", "PT Bank Mandiri". */
const LEADING_FORMS = new Set(['ab', 'pt', 'oao', 'pjsc']);

/**
 * "Cisco" after "Cisco Systems", "Netscape Communications" after "… Corporation": a name that a
 * longer organisation's name extends with corporate words only is that organisation, when it is
 * the only longer name that starts with it ("Mozilla" beside "Mozilla Foundation" and "Mozilla
 * Corporation" stays apart).
 */
export function foldIntoCompanyNames<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
): void {
  const orgs = [...groups]
    .filter(([, g]) => g.kind === 'organization')
    .sort(([a], [b]) => b.length - a.length);
  // "Moody’s" is "Moody’s Analytics Inc." (keys drop the possessive): a registered company's name
  // takes its first word, whatever words stand between.
  // So does its last word before the suffix: "Disney" is "Walt Disney Co.".
  // So is the word after a registered form written first: "Investor" is "AB Investor".
  const owned = (k: string, key: string) =>
    !key.includes(' ') &&
    k.includes(' ') &&
    ((COMPANY_SUFFIXES.has(k.slice(k.lastIndexOf(' ') + 1)) &&
      (k.startsWith(key + ' ') || k.replace(/\s\S+$/, '').endsWith(' ' + key))) ||
      (LEADING_FORMS.has(k.slice(0, k.indexOf(' '))) && k.endsWith(' ' + key)));
  for (const [key] of orgs) {
    const longer = [...groups].filter(
      ([k, h]) =>
        h.kind === 'organization' && k !== key && (k.startsWith(key + ' ') || owned(k, key)),
    );
    if (longer.length !== 1) continue;
    if (owned(longer[0][0], key)) {
      longer[0][1].items.push(...groups.get(key)!.items);
      groups.delete(key);
      continue;
    }
    const rest = longer[0][0].slice(key.length + 1).split(' ');
    // "Oculus VR": a short acronym after the name is part of the company's full name too.
    const acronym = rest.length === 1 && /\s\p{Lu}{2,3}$/u.test(longer[0][1].items[0].mention.text);
    if (!acronym && !rest.every((w) => CORPORATE.has(w))) continue;
    longer[0][1].items.push(...groups.get(key)!.items);
    groups.delete(key);
  }
}

/** "Te Kaurinui Parata" is "Te Kaurinui Robert Parata"; "Parata" is his family name. */
export function endsWith(whole: string[], part: string[]): boolean {
  // "Te Kaurinui Parata" is "Te Kaurinui Robert Parata": same first and last word, the rest in order.
  if (part.length >= 2 && part[0] === whole[0] && part[part.length - 1] === whole[whole.length - 1])
    return true;
  // "Te Kaurinui" is his first names.
  if (part.length >= 2 && part.every((w, i) => whole[i] === w)) return true;
  return part.every((w, i) => whole[whole.length - part.length + i] === w);
}

/**
 * "Federal Reserve Bank of Kansas City" is a branch of the "Federal Reserve", not its full name: a
 * longer name that goes on with a head word and its phrase ("Bank of …", "Center for …") names a
 * body within the shorter one.
 */
export function branchOf(longer: string, shorter: string): boolean {
  const rest = longer.slice(shorter.length + 1).split(' ');
  return rest.length >= 3 && ORG_HEADS.has(rest[0]) && ['of', 'for', 'on'].includes(rest[1]);
}

/** "Whole Foods" is the "Whole Foods Market" met earlier: an org's key may absorb a 2+-word prefix of it. */
export function orgKey<T extends { mention: Mention }>(
  f: { key: string },
  groups: Map<string, Group<T>>,
): string {
  for (const [key, g] of groups) {
    if (g.kind !== 'organization') continue;
    if (
      f.key.length > key.length &&
      f.key.startsWith(key + ' ') &&
      key.includes(' ') &&
      !branchOf(f.key, key)
    )
      return key;
    // "Whole Foods" after "Whole Foods Market".
    if (key.startsWith(f.key + ' ') && f.key.includes(' ') && !branchOf(key, f.key)) return key;
    // "New Zealand Department of Conservation" and "Department of Conservation".
    const [short, long] = f.key.length < key.length ? [f.key, key] : [key, f.key];
    if (
      short.includes(' ') &&
      long.endsWith(' ' + short) &&
      isPlace(long.slice(0, -short.length - 1))
    )
      return key;
    // "Bardo museum" and "Bardo National Museum": the same first and last word. Not a country's
    // bodies: "U.S. Central Intelligence Agency" and "U.S. National Security Agency" are two.
    if (
      short.includes(' ') &&
      !nationOf(short.split(' ')[0]) &&
      short.split(' ')[0] === long.split(' ')[0] &&
      short.split(' ').at(-1) === long.split(' ').at(-1)
    )
      return key;
  }
  return f.key;
}

/**
 * "Indonesia AirAsia" beside "AirAsia", "Google India" beside "Google": a country's or a city's arm
 * of an organisation the article names is an organisation of its own.
 */
export function nationalArm(key: string, bodies: Set<string>): boolean {
  const words = key.split(' ');
  if (words.length < 2) return false;
  return (
    (isPlace(words[0]) && bodies.has(words.slice(1).join(' '))) ||
    (isPlace(words[words.length - 1]) && bodies.has(words.slice(0, -1).join(' ')))
  );
}
