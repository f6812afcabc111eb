/**
 * People and organisations of an article: name pieces classified one by one, then grouped so
 * that "Barack Obama", "President Obama" and "Mr Obama" are one person and "Whole Foods Market"
 * and "Whole Foods" one organisation. Short forms join the fullest name they are part of; a
 * short form that joins nothing is dropped rather than guessed.
 */
import { normalizeEntityName } from '../model/entity-name';
import { classify } from './classify';
import { foldAliases } from './aliases';
import { foldInvertedNames } from './inversions';
import { foldBlends } from './blends';
import { foldClippings, foldLowerHeads, foldShortenedNames } from './clippings';
import { hasPersonContext, institutionEnd, roleSaid } from './context';
import { promoteBySurname } from './surnames';
import { sharedFamilyNames } from './couples';
import { agreeOnKinds, familyNamesArePeople, joinedToOrganisations } from './agreement';
import { actsLikeCompany } from './evidence';
import { productWords } from './products';
import { personShapedBody } from './introductions';
import { leadingAcronyms } from './leading-acronyms';
import { foldNicknames, namesTeam, nicknameAfterThe, teamsByNickname } from './nicknames';
import { findHome, newGroup, toSuggestion, type Found, type Group } from './groups';
import { listedCompany, listOpening, opensSentence } from './lists';
import { cityAndPeople } from './teams';
import { resultLine } from './result-lines';
import { foldJoinedNames } from './joined-names';
import { splitSpan, type Piece } from './pieces';
import {
  foldFragments,
  foldIntoCompanyNames,
  mergeAcronyms,
  mergeShortPeople,
  nationalArm,
  orgKey,
} from './merge';
import { foldTickers } from './tickers';
import { pairedWithPeople } from './opponents';
import { splitPersonRunOns } from './run-ons';
import { dropAwardNames, foldNamesakes } from './named-for';
import { splitSentences } from './sentences';
import { namesInByline, plainAcronyms, withoutRanges, type Range } from './furniture';
import { furnitureOf } from './skipped';
import { capitalSpans } from './spans';
import { nameShaped } from './name-words';
import { runKey } from './openers';
import { tokenize } from './tokens';
import type { EntityKind, EntitySuggestion } from './types';

export function findEntities(
  text: string,
  byline?: string | null,
  asides: readonly Range[] = [],
  breaks: readonly number[] = [],
): { people: EntitySuggestion[]; organizations: EntitySuggestion[] } {
  const bylineNames = namesInByline(byline);
  const sentences = splitSentences(text, breaks);
  const skip = furnitureOf(text, sentences, breaks, asides, bylineNames);
  let found: Found[] = [];
  // Names met only where a sentence opens, when nothing else capitalises them (see groupNoun).
  const opening = new Set<Found>();
  const products = new Set<string>();
  const notNames = plainAcronyms(text);
  const runs = sentences.map((s) => ({
    s,
    spans: capitalSpans(withoutRanges(tokenize(text, s.start, s.end), skip)),
  }));
  const inner = new Set(runs.flatMap((r) => r.spans.filter((sp) => !sp.atStart).map(runKey)));
  for (const { s, spans } of runs) {
    for (const span of spans) {
      for (const piece of splitSpan(span, inner)) {
        const f = { ...describe(piece, text, bylineNames, notNames), prose: s.prose };
        if (opensSentence(piece)) opening.add(f);
        found.push(f);
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
  // Headings, labels and links to other stories ("Penguin Post Office Is Hiring") name what the
  // article reports on only when its prose does too: there a name counts in the same words.
  const inProse = new Set(found.filter((f) => f.prose).map((f) => f.key));
  found = found.filter((f) => f.prose || inProse.has(f.key));
  promoteBySurname(found);
  agreeOnKinds(found);
  familyNamesArePeople(found);
  joinedToOrganisations(found, text, products);
  sharedFamilyNames(found, text);
  pairedWithPeople(found, text);
  found = splitPersonRunOns(found);
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
  const inside = new Set(left.filter((f) => !opening.has(f)).map((f) => f.key));
  const acting = new Set(
    left
      .filter((f) => f.companyLike && (inside.has(f.key) || !GROUP_NOUN.test(f.mention.text)))
      .map((f) => f.key),
  );
  const listed = new Set(left.filter((f) => f.listed && !products.has(f.key)).map((f) => f.key));
  // A role said of it somewhere (", head of the agency", "who") outweighs a company's verbs
  // ("Soelistyo said", "told local television"), which people have as much.
  // Not a word of a person's full name it could not be placed with: "Lee" of both Lee Jae-myung
  // and Lee Sang-min.
  const named = new Set(
    [...groups.values()]
      .filter((g) => g.kind === 'person')
      .flatMap((g) => g.items.flatMap((i) => i.words)),
  );
  // Unless it acts as a company more often than a role is said of it: "Apple, a giant industrial
  // producer" once, "Apple founder Steve Jobs" and "Apple employs" more.
  const count = (keep: (f: Found) => boolean, key: string) =>
    left.filter((f) => f.key === key && keep(f)).length;
  const roled = new Set(
    left
      .filter((f) => f.roleCued && !named.has(f.words[0]))
      .map((f) => f.key)
      .filter((k) => count((f) => f.companyLike, k) <= count((f) => f.roleCued, k)),
  );
  for (const f of left)
    if (roled.has(f.key)) add(f.key, 'person', { ...f, kind: 'person', score: 0.6 });
    else if (acting.has(f.key)) add(f.key, 'organization', { ...f, score: 0.55 });
    else if (listed.has(f.key)) add(f.key, 'organization', { ...f, score: 0.6 });
  for (const [key, f] of teamsByNickname(found, left, groups)) add(key, 'organization', f);
  for (const f of leadingAcronyms(left, groups)) add(f.key, 'organization', f);
  const bodies = new Set([...groups].filter(([, g]) => g.kind === 'organization').map(([k]) => k));
  for (const f of left)
    if (!groups.has(f.key) && nationalArm(f.key, bodies))
      add(f.key, 'organization', { ...f, kind: 'organization', score: 0.6 });
  mergeShortPeople(groups);
  mergeAcronyms(groups);
  foldFragments(groups);
  foldNicknames(groups);
  foldIntoCompanyNames(groups);
  foldJoinedNames(groups);
  foldClippings(groups);
  foldBlends(groups);
  foldShortenedNames(groups);
  foldLowerHeads(groups, text);
  foldTickers(groups, text);
  foldNamesakes(groups, text);
  foldAliases(groups, text);
  foldInvertedNames(groups);
  dropAwardNames(groups, text);
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

/**
 * A plural of people ("Legislators said…", "Conservatives won…") speaks as bodies do, but is
 * capitalised only for opening its sentence: one capitalised inside a sentence ("the Teamsters")
 * is a name.
 */
const GROUP_NOUN = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ives|ats)$/u;

function describe(
  written: Piece,
  text: string,
  bylineNames: Set<string>,
  notNames: Set<string>,
): Omit<Found, 'prose'> {
  // "said The New York Times": the mention keeps the name's own "The" as written; the rules and
  // the grouping key read the name without it.
  const own = written.tokens.length > 1 && written.tokens[0].key === 'the';
  const piece = own ? { ...written, tokens: written.tokens.slice(1) } : written;
  const first = piece.tokens[0];
  const last = piece.tokens[piece.tokens.length - 1];
  // The possessive is not part of the name: "Amazon’s strategy" mentions "Amazon".
  let end = last.possessive ? last.end - 2 : last.end;
  let verdict =
    notNames.has(last.text) && piece.tokens.length === 1
      ? { kind: 'unknown' as const, score: 0 }
      : classify(piece, bylineNames, normalizeEntityName(text.slice(first.start, end)));
  // "mortgage giants Fannie Mae and Freddie Mac": a list that a plural company noun opens holds
  // companies, however personal a name of it looks, unless a title made it a person's.
  // "Simon & Schuster": an ampersand joins partners in a firm's name, never one person's names.
  const firm = /\s&\s/.test(text.slice(first.start, last.end));
  if (verdict.kind === 'person' && !piece.titled && (firm || personShapedBody(piece)))
    verdict = { kind: 'organization', score: 0.7 };
  // "the Bardo museum", "Royal Shrewsbury hospital": the institution's noun is part of its name.
  if (verdict.kind === 'organization' && !last.possessive) end = institutionEnd(piece) ?? end;
  const start = written.tokens[0].start;
  const mention = { text: text.slice(start, end), start, end };
  const key = normalizeEntityName(text.slice(first.start, end));
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
    team: verdict.kind === 'organization' && namesTeam(piece),
    nickname:
      verdict.kind === 'unknown' &&
      (nicknameAfterThe(piece) || cityAndPeople(piece) || resultLine(piece)),
    roleCued:
      piece.tokens.length === 1 &&
      verdict.kind === 'unknown' &&
      !listedCompany(piece) &&
      nameShaped(first) &&
      roleSaid(piece),
    personal:
      piece.tokens.length === 1 &&
      (verdict.kind === 'person' || (verdict.kind === 'unknown' && hasPersonContext(piece))),
  };
}
