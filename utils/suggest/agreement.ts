/**
 * One name, one type across the article. Each mention is typed from its own sentence, so a name
 * can come out a person in one place and an organisation in another: "Con Edison officials said"
 * (a body) but "Con Edison, the utility" (a family name's look). And a family name alone can pick
 * up an organisation's cue ("Lorenz’s group", "after Hamilton's team") after the article named
 * the person in full. These passes settle such cases before mentions are grouped.
 */
import type { Kind } from './classify';
import { isPlace, tagsOf } from './lexicon';
import type { Mention } from './types';
import { endsInVenueWord } from './venues';

interface Item {
  kind: Kind;
  score: number;
  key: string;
  /** Name words without particles, lower case. */
  words: string[];
}

/** Context evidence is at most this sure (classify.ts); a suffix or the lexicon is surer. */
const CONTEXT_ONLY = 0.7;

/**
 * A name of two words or more typed both ways takes the type most of its typed mentions have; a
 * tie keeps the person. Only mentions typed with evidence vote, and all of them follow.
 */
export function agreeOnKinds<T extends Item>(found: T[]): void {
  // "in KeyBank Center" once shows the venue that "the KeyBank Center" is everywhere else.
  const venues = new Set(
    found.filter((f) => f.kind === 'place' && endsInVenueWord(f.words)).map((f) => f.key),
  );
  for (const f of found) if (venues.has(f.key)) Object.assign(f, { kind: 'place', score: 0 });
  const votes = new Map<string, number>();
  for (const f of found)
    if (f.words.length >= 2 && (f.kind === 'person' || f.kind === 'organization'))
      votes.set(f.key, (votes.get(f.key) ?? 0) + (f.kind === 'organization' ? 1 : -1));
  for (const f of found) {
    const vote = votes.get(f.key);
    if (vote === undefined || (f.kind !== 'person' && f.kind !== 'organization')) continue;
    const kind = vote > 0 ? 'organization' : 'person';
    if (f.kind !== kind) Object.assign(f, { kind, score: Math.min(f.score, 0.6) });
  }
}

/** The last words of the people the article names in full: "Lorenz" of "Edward Norton Lorenz". */
export function familyNamesOf(found: readonly Pick<Item, 'kind' | 'words'>[]): Set<string> {
  return new Set(
    found.filter((f) => f.kind === 'person' && f.words.length >= 2).map((f) => f.words.at(-1)!),
  );
}

/**
 * "Edward Norton Lorenz" … "Lorenz’s group": a lone word the article uses as the family name of
 * a person it named in full is that person, unless something surer than context (a suffix, the
 * lexicon) makes it an organisation.
 */
export function familyNamesArePeople<T extends Item>(found: T[]): void {
  const family = familyNamesOf(found);
  for (const f of found)
    if (
      f.kind === 'organization' &&
      f.words.length === 1 &&
      f.score <= CONTEXT_ONLY &&
      family.has(f.words[0])
    )
      Object.assign(f, { kind: 'person', score: 0.6 });
}

/**
 * "alongside ABC News and Politifact", "executives from News Corporation and Fairfax": a lone
 * unknown word joined by "and" or "or" to an organisation is named as one of its kind, so it counts
 * as acting as a company (entities.ts offers it on that evidence). Not a product ("PlayStation 4")
 * nor a word the lexicon knows, and a comma does not join: "Science, Technology and Society".
 */
export function joinedToOrganisations<T extends Item & { mention: Mention; companyLike: boolean }>(
  found: T[],
  text: string,
  products: Set<string>,
): void {
  const joined = (a: T, b: T) =>
    /^\s+(?:and|or)\s+(?:the\s+)?$/i.test(text.slice(a.mention.end, b.mention.start));
  found.forEach((f, i) => {
    // "Simon & Schuster and Random House": a name typed a building by its last word alone is the
    // list's company too (publishers, "Chatham House", "Freedom House" are bodies named so).
    if (
      f.kind === 'place' &&
      f.words.length > 1 &&
      f.words.at(-1) === 'house' &&
      !isPlace(f.words[0])
    ) {
      const before = found[i - 1];
      if (before?.kind === 'organization' && joined(before, f))
        Object.assign(f, { kind: 'unknown', companyLike: true });
      return;
    }
    if (f.kind !== 'unknown' || f.words.length !== 1 || products.has(f.key)) return;
    if (tagsOf(f.key).length > 0) return;
    const before = found[i - 1];
    const after = found[i + 1];
    if (
      (before?.kind === 'organization' && joined(before, f)) ||
      (after?.kind === 'organization' && joined(f, after))
    )
      f.companyLike = true;
  });
}
