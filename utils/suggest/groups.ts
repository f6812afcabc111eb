/**
 * Mentions grouped into entities: what each mention carries (Found), the short forms an entity is
 * also named by (a person's family name, an organisation's initials), where a short form belongs,
 * and the suggestion a group becomes. entities.ts decides what goes in.
 */
import { normalizeEntityName } from '../model/entity-name';
import { isChineseName } from './chinese-names';
import type { Kind } from './classify';
import { withoutCountry } from './country-prefix';
import { isFirstName } from './lexicon';
import { branchOf, endsWith, type Group as GroupOf } from './merge';
import type { EntityKind, EntitySuggestion, Mention } from './types';

export type Group = GroupOf<Found>;

export interface Found {
  kind: Kind;
  score: number;
  mention: Mention;
  key: string;
  /** Name words without particles, lower case: what short forms are matched against. */
  words: string[];
  /** A name in a company's role (see actsLikeCompany). */
  companyLike: boolean;
  /** One word the company list holds (see listedCompany). */
  listed: boolean;
  /** One unknown word a role is said of (roleSaid): a person even if it also speaks as bodies do. */
  roleCued: boolean;
  /** One word a title or a saying verb makes a person's (see surnames.ts). */
  personal: boolean;
  /** Where its list of names starts (see listOpening). */
  list: number;
  /** A team by the page's evidence: a city and nickname, or a team's roles (see nicknames.ts). */
  team?: boolean;
  /**
   * Written as a team's name is: one word after "the" (see nicknameAfterThe), or a people's
   * plural after a city (see cityAndPeople).
   */
  nickname?: boolean;
  /** Whether its block reads as prose, not as a heading, a label or a link (see Sentence.prose). */
  prose: boolean;
  /** The name in full when the mention does not write it ("Ruth" of "Ruth and Harold Knapke"). */
  name?: string;
}

/** The entity a short form belongs to: a person whose name ends with it, or an organisation it abbreviates or begins. */
export function findHome(f: Found, groups: Map<string, Group>): string | undefined {
  if (groups.has(f.key)) return f.key;
  // One-word forms, most of them on a long page, are looked up rather than compared with every entity.
  if (f.words.length === 1)
    return (
      shortForms(groups).get(f.words[0]) ??
      shortForms(groups).get(f.mention.text) ??
      firstWords(groups).get(f.words[0]) ??
      undefined
    );
  for (const [key, g] of groups) {
    const words = g.words;
    if (g.kind === 'person' && f.words.length < words.length && endsWith(words, f.words))
      return key;
    // Chinese names put the family name first: "Mr. Duan" is Duan Xiaolong.
    if (g.kind === 'person' && g.chinese && f.words.length === 1 && f.words[0] === words[0])
      return key;
    if (
      g.kind === 'organization' &&
      (g.initials === f.mention.text ||
        (f.words.length >= 2 && key.startsWith(f.key + ' ') && !branchOf(key, f.key)))
    )
      return key;
  }
  return undefined;
}

/** One-word forms of each entity: a person's family name, an organisation's initials ("MSC"). First named wins. */
const SHORT = new WeakMap<Map<string, Group>, Map<string, string>>();
function shortForms(groups: Map<string, Group>): Map<string, string> {
  let forms = SHORT.get(groups);
  if (!forms) SHORT.set(groups, (forms = new Map()));
  return forms;
}

/**
 * "Yoon" after "Yoon Suk Yeol": a word that opens exactly one person's full name, and is no first
 * name, is that person's family name written first (Korean, Chinese, Vietnamese, Hungarian names).
 * A word two full names open ("Lee Jae-myung", "Lee Sang-min") is no one's: null.
 */
const FIRST = new WeakMap<Map<string, Group>, Map<string, string | null>>();
function firstWords(groups: Map<string, Group>): Map<string, string | null> {
  let forms = FIRST.get(groups);
  if (!forms) FIRST.set(groups, (forms = new Map()));
  return forms;
}

export function newGroup(
  kind: EntityKind,
  f: Found,
  key: string,
  groups: Map<string, Group>,
): Group {
  const g: Group = {
    kind,
    items: [],
    words: f.words,
    initials: initials(f.mention.text),
    chinese: isChineseName(f.mention.text.split(' ')),
  };
  const forms = shortForms(groups);
  const setOnce = (form: string | undefined) => form && !forms.has(form) && forms.set(form, key);
  if (kind === 'person' && g.words.length > 1)
    setOnce(g.chinese ? g.words[0] : g.words[g.words.length - 1]);
  if (kind === 'organization' && g.initials.length >= 2) setOnce(g.initials);
  const first = g.words[0];
  if (kind === 'person' && g.words.length > 1 && !g.chinese && !isFirstName(first))
    firstWords(groups).set(first, firstWords(groups).has(first) ? null : key);
  return g;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export function toSuggestion(g: Group): EntitySuggestion {
  const mentions = g.items.map((f) => f.mention).sort((a, b) => a.start - b.start);
  const full = (f: Found) => f.name ?? f.mention.text;
  const best = g.items.reduce((a, b) => (full(b).length > full(a).length ? b : a));
  const evidence = Math.max(...g.items.map((f) => f.score), 0.5);
  // The mentions keep a name's "The" as written ("The New York Times"); the name is given without
  // it, as a list of names sorts and compares ("New York Times").
  // "U.S. Central Intelligence Agency" is named without its country (country-prefix.ts).
  const bare = full(best).replace(/^The\s+(?=\S+\s)/, '');
  const name = g.kind === 'organization' ? withoutCountry(bare) : bare;
  return {
    type: g.kind,
    name,
    normalizedName: normalizeEntityName(name),
    mentions,
    score: Math.min(1, evidence + 0.02 * (mentions.length - 1)),
  };
}
