/**
 * People and organisations of an article: name pieces classified one by one, then grouped so
 * that "Barack Obama", "President Obama" and "Mr Obama" are one person and "Whole Foods Market"
 * and "Whole Foods" one organisation. Short forms join the fullest name they are part of; a
 * short form that joins nothing is dropped rather than guessed.
 */
import { normalizeEntityName } from '../model/entity-name';
import { isChineseName } from './chinese-names';
import { classify, type Kind } from './classify';
import { hasPersonContext, institutionEnd } from './context';
import { promoteBySurname } from './surnames';
import { agreeOnKinds, familyNamesArePeople, joinedToOrganisations } from './agreement';
import { actsLikeCompany, productWords } from './evidence';
import { listedCompany, listOpening } from './lists';
import { splitSpan, type Piece } from './pieces';
import {
  endsWith,
  foldFragments,
  foldIntoCompanyNames,
  mergeAcronyms,
  mergeShortPeople,
  orgKey,
  type Group as GroupOf,
} from './merge';
import { splitSentences } from './sentences';
import {
  authorNotes,
  furnitureRanges,
  namesInByline,
  plainAcronyms,
  withoutRanges,
  type Range,
} from './furniture';
import { capitalSpans } from './spans';
import { tokenize } from './tokens';
import type { EntityKind, EntitySuggestion, Mention } from './types';

type Group = GroupOf<Found>;

interface Found {
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
  /** One word a title or a saying verb makes a person's (see surnames.ts). */
  personal: boolean;
  /** Where its list of names starts (see listOpening). */
  list: number;
}

export function findEntities(
  text: string,
  byline?: string | null,
  asides: readonly Range[] = [],
): { people: EntitySuggestion[]; organizations: EntitySuggestion[] } {
  const bylineNames = namesInByline(byline);
  // Captions, credits and staff lines: their names are the page's, not the story's.
  const skip = [...asides, ...furnitureRanges(text), ...authorNotes(text, bylineNames)];
  const found: Found[] = [];
  const products = new Set<string>();
  const notNames = plainAcronyms(text);
  for (const s of splitSentences(text)) {
    for (const span of capitalSpans(withoutRanges(tokenize(text, s.start, s.end), skip))) {
      for (const piece of splitSpan(span)) {
        found.push(describe(piece, text, bylineNames, notNames));
        for (const w of productWords(piece)) products.add(w);
      }
    }
  }
  const groups = new Map<string, Group>();
  const add = (key: string, kind: EntityKind, f: Found) => {
    // What short forms are compared with is computed once per entity: long pages have hundreds.
    const g = groups.get(key) ?? newGroup(kind, f, key, groups);
    g.items.push(f);
    groups.set(key, g);
  };
  promoteBySurname(found);
  agreeOnKinds(found);
  familyNamesArePeople(found);
  joinedToOrganisations(found, text, products);
  // Full names first, so that short forms have something to join.
  for (const f of found) if (f.kind === 'person' && f.words.length > 1) add(f.key, 'person', f);
  for (const f of found) if (f.kind === 'organization') add(orgKey(f, groups), 'organization', f);
  const placed = new Set([...groups.values()].flatMap((g) => g.items));
  const left: Found[] = [];
  for (const f of found) {
    if (f.kind === 'place' || f.kind === 'other' || placed.has(f)) continue;
    const home = findHome(f, groups);
    if (home) add(home, groups.get(home)!.kind, f);
    else if (f.kind === 'person')
      add(f.key, 'person', f); // "Mr. Reeves" when no full name is given
    else left.push(f);
  }
  // A name the rules could not place is offered only on evidence: somewhere in the article it acts
  // as a company or a body (actsLikeCompany), or it is one word the company list holds. Recurring
  // alone is no evidence: products ("Xbox One X") and series recur as much as companies.
  const acting = new Set(left.filter((f) => f.companyLike).map((f) => f.key));
  const listed = new Set(left.filter((f) => f.listed && !products.has(f.key)).map((f) => f.key));
  for (const f of left)
    if (acting.has(f.key)) add(f.key, 'organization', { ...f, score: 0.55 });
    else if (listed.has(f.key)) add(f.key, 'organization', { ...f, score: 0.6 });
  mergeShortPeople(groups);
  mergeAcronyms(groups);
  foldFragments(groups);
  foldIntoCompanyNames(groups);
  // The article's own reporters are named in its byline; they are not what it reports on.
  const out = [...groups.values()]
    .map(toSuggestion)
    .filter((e) => e.normalizedName && !(e.type === 'person' && bylineNames.has(e.normalizedName)));
  const order = (a: EntitySuggestion, b: EntitySuggestion) =>
    b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start;
  return {
    people: out.filter((e) => e.type === 'person').sort(order),
    organizations: out.filter((e) => e.type === 'organization').sort(order),
  };
}

function describe(
  piece: Piece,
  text: string,
  bylineNames: Set<string>,
  notNames: Set<string>,
): Found {
  const first = piece.tokens[0];
  const last = piece.tokens[piece.tokens.length - 1];
  // The possessive is not part of the name: "Amazon’s strategy" mentions "Amazon".
  let end = last.possessive ? last.end - 2 : last.end;
  const verdict =
    notNames.has(last.text) && piece.tokens.length === 1
      ? { kind: 'unknown' as const, score: 0 }
      : classify(piece, bylineNames, normalizeEntityName(text.slice(first.start, end)));
  // "the Bardo museum", "Royal Shrewsbury hospital": the institution's noun is part of its name.
  if (verdict.kind === 'organization' && !last.possessive) end = institutionEnd(piece) ?? end;
  const mention = { text: text.slice(first.start, end), start: first.start, end };
  const key = normalizeEntityName(mention.text);
  const words = key
    .split(' ')
    .filter((w) => !['bin', 'ibn', 'al', 'de', 'van', 'von', 'the'].includes(w))
    .map((w) => w.replace(/^al /, ''));
  return {
    ...verdict,
    mention,
    key,
    words,
    companyLike: verdict.kind === 'unknown' && actsLikeCompany(piece),
    listed: verdict.kind === 'unknown' && listedCompany(piece),
    list: piece.span.sentence[listOpening(piece)].start,
    personal:
      piece.tokens.length === 1 &&
      (verdict.kind === 'person' || (verdict.kind === 'unknown' && hasPersonContext(piece))),
  };
}

/** The entity a short form belongs to: a person whose name ends with it, or an organisation it abbreviates or begins. */
function findHome(f: Found, groups: Map<string, Group>): string | undefined {
  if (groups.has(f.key)) return f.key;
  // One-word forms, most of them on a long page, are looked up rather than compared with every entity.
  if (f.words.length === 1)
    return shortForms(groups).get(f.words[0]) ?? shortForms(groups).get(f.mention.text);
  for (const [key, g] of groups) {
    const words = g.words;
    if (g.kind === 'person' && f.words.length < words.length && endsWith(words, f.words))
      return key;
    // Chinese names put the family name first: "Mr. Duan" is Duan Xiaolong.
    if (g.kind === 'person' && g.chinese && f.words.length === 1 && f.words[0] === words[0])
      return key;
    if (
      g.kind === 'organization' &&
      (g.initials === f.mention.text || (f.words.length >= 2 && key.startsWith(f.key + ' ')))
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

function newGroup(kind: EntityKind, f: Found, key: string, groups: Map<string, Group>): Group {
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
  return g;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function toSuggestion(g: Group): EntitySuggestion {
  const mentions = g.items.map((f) => f.mention).sort((a, b) => a.start - b.start);
  const best = g.items.reduce((a, b) => (b.mention.text.length > a.mention.text.length ? b : a));
  const evidence = Math.max(...g.items.map((f) => f.score), 0.5);
  const name = best.mention.text;
  return {
    type: g.kind,
    name,
    normalizedName: normalizeEntityName(name),
    mentions,
    score: Math.min(1, evidence + 0.02 * (mentions.length - 1)),
  };
}
