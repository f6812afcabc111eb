/**
 * Decides what one name-shaped piece of text is, from its words and the words around it, and how
 * sure that is. "unknown" pieces ("Obama", "Whole Foods") are resolved later against the
 * entities the article names in full (see entities.ts).
 */
import { stateCollege } from './campuses';
import { givenNameAfterSurname, isChineseName } from './chinese-names';
import {
  affiliationOf,
  appositive,
  COMPANY_NOUNS,
  followedByWhich,
  institutionEnd,
  kindAfter,
  officerOf,
  spokenOfAsBody,
  worksAt,
} from './context';
import { DIVISIONS, ORG_CUES, PARTICLES } from './cues';
import { isAcronym } from './evidence';
import { isProductShaped, namesProduct } from './products';
import { endIndex, nextToken, opensSentence, previousToken, startIndex } from './lists';
import { isCompanyAcronym } from './gazetteer';
import {
  EVENT_HEADS,
  hasTag,
  INSTITUTION_PLACES,
  isFirstName,
  isKnownOrg,
  isNewsOutlet,
  isPlaceName,
  isFunctionWord,
  isPlace,
  KIND_ACRONYMS,
  NOT_ORG_ACRONYMS,
  ORG_NOUNS,
  PLACE_OPENERS,
  THOROUGHFARES,
  isTitle,
} from './lexicon';
import { headOf, isCommonWord, isHead, isInitials, isOrgShaped, modalSurname } from './name-words';
import { fullName, personDespitePlace, titledFirstName } from './full-names';
import { isPaperWithThe, isPlacePaper, isRegnalName } from './written-forms';
import { titleAsFamilyName } from './titles';
import { namesNothing } from './not-names';
import { knownByOneName } from './one-name-people';
import { isKnownBody } from './known-bodies';
import { namesClubOrLeague } from './team-names';
import { isListedOutlet, outletAfterThe } from './outlet-names';
import type { Piece } from './pieces';
import { conferenceWithOfficers, isLeague, numberedEvent, spokenOfTogether } from './leagues';
import { isVenue } from './venues';
import { authoredWork, namesTvWork } from './works';
import { nicknameInContext, placeAndNickname, rankedTeam } from './teams';
import { COMPASS_WORDS, isNationality, writtenAsPlace } from './places';
import { closesQuotedWord, opensQuotedWord, spacedFromPrevious, type Token } from './tokens';

/** 'other': an event or a period ("Arab Spring"), never offered however often it recurs. */
export type Kind = 'person' | 'organization' | 'unknown' | 'place' | 'other';
export interface Verdict {
  kind: Kind;
  score: number;
}

/** Football clubs' marks: "FC Porto", "Wrexham AFC". */
const CLUB_MARKS = new Set(['fc', 'afc']);

/** Companies spoken of in the plural, capitalised or not: "U.S. Corporations". */
const COMPANIES_IN_PLURAL = new Set(['corporations', 'companies', 'firms', 'banks', 'businesses']);

/** The economy's markets: "the U.S. Market", "Asian Markets". */
const MARKETS = new Set(['market', 'markets']);

/**
 * "Mun “Oner” Hyeon-jun", "Earvin “Magic” Johnson": a nickname in quotes between two names is a
 * person's, whether or not the lexicon knows the names around it. Not a body's ("… “Iron” Group").
 */
function nicknamed(ts: readonly Token[]): boolean {
  const open = ts.findIndex((t, k) => k > 0 && opensQuotedWord(t));
  const close = ts.findIndex((t, k) => k > open && closesQuotedWord(t));
  return (
    open > 0 &&
    close > open &&
    close >= ts.length - 2 &&
    ts.every((t) => t.capital) &&
    !isHead(ts[ts.length - 1])
  );
}

/**
 * "the Iranian news agency IRNA", "the party AKP": the kind of body named right before a name.
 * Not jargon: "prepaid agency MBS" are securities. The noun is named: "the", "news", a people.
 */
function kindNamedBefore(piece: Piece): boolean {
  const before = previousToken(piece);
  const opening = piece.span.sentence[startIndex(piece) - 2]?.key ?? '';
  return (
    !!before &&
    !before.capital &&
    ORG_NOUNS.has(before.key) &&
    spacedFromPrevious(piece.tokens[0]) &&
    (['the', 'news', 'state'].includes(opening) || isNationality(opening))
  );
}

export function classify(piece: Piece, bylineNames: Set<string>, normalized: string): Verdict {
  const ts = piece.tokens;
  const keys = ts.map((t) => t.key);
  const joined = keys.join(' ');
  const last = ts[ts.length - 1];
  const after = nextToken(piece);
  const before = previousToken(piece);

  // "Vanity Fair" is no fair: an outlet's name is its own, before any rule reads its words.
  if (INSTITUTION_PLACES.has(normalized) || isListedOutlet(joined))
    return { kind: 'organization', score: 0.85 };
  // "on Monday, the ministry said": a day or a month is never the body the apposition names; nor a
  // generation, nor a lone "Department" (not-names.ts).
  if (namesNothing(ts)) return { kind: 'other', score: 0 };
  // "Remain Co." left as "Co." once its verb-like first word went: a suffix alone names nothing.
  if (ts.length === 1 && hasTag(last.key, 'Abbreviation') && isHead(last))
    return { kind: 'other', score: 0 };
  if (isLeague(ts) || conferenceWithOfficers(piece) || stateCollege(piece))
    return { kind: 'organization', score: 0.8 };
  if (isPaperWithThe(piece) || isPlacePaper(piece)) return { kind: 'organization', score: 0.8 };
  // "FC Porto", "Wrexham AFC": a football club's mark makes the name a club's.
  if (ts.length >= 2 && (CLUB_MARKS.has(keys[0]) || CLUB_MARKS.has(last.key)))
    return { kind: 'organization', score: 0.85 };
  if (isRegnalName(piece) || knownByOneName(piece) || titledFirstName(piece) || nicknamed(ts))
    return { kind: 'person', score: 0.85 };
  // "G4, a cable network", "Quellan Cargo, a shipping company": the apposition says what the
  // name is, before its shape can call it a product or a maker's line. Not a person's full name.
  // (One plain word is decided further on, where the gazetteer's places are weighed.)
  if (
    (ts.length > 1 || /\d/.test(last.text)) &&
    ts.length <= 3 &&
    !isFirstName(ts[0].key) &&
    ['a', 'an'].includes(after?.key ?? '') &&
    appositive(piece, COMPANY_NOUNS)
  )
    return { kind: 'organization', score: 0.7 };
  if ((ts.length > 1 && EVENT_HEADS.has(headOf(ts).key)) || numberedEvent(piece))
    return { kind: 'other', score: 0 };
  // "G2 Esports", "3M Company": a head word after the model-like word makes it a body's name.
  const modelShaped = isProductShaped(ts) && !(ts.length > 1 && isHead(last));
  if (
    modelShaped ||
    namesProduct(piece) ||
    namesTvWork(piece) ||
    authoredWork(piece) ||
    spokenOfTogether(ts)
  )
    return { kind: 'other', score: 0 };
  if (ts.length > 1 && (THOROUGHFARES.has(last.key) || hasTag(joined, 'Country')))
    return { kind: 'place', score: 0 }; // a road, or a state ending in a head: "Soviet Union".
  if (isVenue(piece)) return { kind: 'place', score: 0 };
  // "customers in the U.S. Market", "the European Market": a country's or a people's market is
  // its economy, no body (a market named otherwise, "Whole Foods Market", is a business).
  const country = (t: (typeof ts)[number]) =>
    isPlace(t.key) || isNationality(t.key) || NOT_ORG_ACRONYMS.has(t.key.replace(/\./g, ''));
  if (ts.length === 2 && country(ts[0]) && MARKETS.has(last.key))
    return { kind: 'other', score: 0 };
  // "major U.S. Corporations": a country's companies in the plural are no body of that name.
  if (ts.length === 2 && country(ts[0]) && COMPANIES_IN_PLURAL.has(last.key))
    return { kind: 'other', score: 0 };
  // "Kuwait's Oil Minister, Sheikh Ali…": a ministry's area and the title, with no one's name.
  if (ts.length === 2 && isTitle(last.key) && isCommonWord(ts[0].key) && !isPlace(ts[0].key))
    return { kind: 'other', score: 0 };
  if (isOrgShaped(ts)) return { kind: 'organization', score: 0.9 };
  // "Mount Everest" is a place, and "Mount Holyoke" a college only on evidence ("a graduate of").
  if (ts.length > 1 && PLACE_OPENERS.has(ts[0].key)) return { kind: 'unknown', score: 0 };
  // "West Mercia police": a place's institution is an organisation.
  // Not a nationality's: "South Korean police" are a country's police, no body of that name.
  if (
    institutionEnd(piece) !== undefined &&
    !ts.every((t) => hasTag(t.key, 'Demonym') || COMPASS_WORDS.has(t.key))
  )
    return { kind: 'organization', score: 0.7 };
  if (
    hasTag(joined, 'Organization', 'SportsTeam') ||
    isNewsOutlet(joined) ||
    outletAfterThe(joined, before) ||
    isKnownBody(joined) ||
    namesClubOrLeague(joined, opensSentence(piece))
  )
    return { kind: 'organization', score: 0.85 };
  const maker = ts.length > 1 && isKnownOrg(ts[0].key) && !ts[0].possessive;
  // "Mozilla Europe", "Sony Pictures", "Intel Capital" are the company's arms; "Mozilla Firefox",
  // "Dolby Vision" its products.
  if (maker && ts.slice(1).every((t) => isPlace(t.key) || DIVISIONS.has(t.key)))
    return { kind: 'organization', score: 0.75 };
  if (maker) return { kind: 'other', score: 0 };
  // "Square, a company that…", "Delta, an airline": one word the gazetteer also knows as a place
  // (or a place's noun), which its apposition says is a company.
  // An article opens it: "Albuquerque, New Mexico, contracting company" is a place before one.
  const article = ['a', 'an', 'the'].includes(after?.key ?? '');
  if (ts.length === 1 && article && appositive(piece, COMPANY_NOUNS))
    return { kind: 'organization', score: 0.7 };
  if (personDespitePlace(piece)) return { kind: 'person', score: 0.7 };
  if (writtenAsPlace(piece)) return { kind: 'place', score: 0 };
  // An acronym is an organisation only on evidence: a listed company, a kind of body named before
  // it, or (in entities.ts) an expansion in the text or a company's verbs. "MIME", "NSS", "IR" are
  // things, not bodies. "CEO", "U.S." are a role and a place whatever surrounds them ("any
  // airline CEO").
  if (ts.length === 1 && NOT_ORG_ACRONYMS.has(last.key.replace(/\./g, '')))
    return { kind: 'other', score: 0 };
  if (ts.length === 1 && isAcronym(last.text))
    return isCompanyAcronym(last.key) || kindNamedBefore(piece)
      ? { kind: 'organization', score: 0.6 }
      : { kind: 'unknown', score: 0 };
  if (ts.length === 1 && /^[\p{L}\d-]+\.(com|org|net|io)$/iu.test(last.text))
    return { kind: 'organization', score: 0.6 };
  const placeLike = isPlaceName(keys);
  // "the Ennahda party", "the party Ennahda"; not "Lorenz’s group" (his group) nor "After leaving
  // the group, Hamilton…" (a comma between), nor a word capitalised for opening the sentence
  // ("Commercial airline accidents"), nor a kind of thing ("a Wifi network": "a" says which kind).
  // An opening word before "company Coty" says what kind of company Coty is ("Beauty company
  // Coty is…"), whether or not the lexicon knows the word.
  const describesNext = !!piece.span.sentence[endIndex(piece) + 2]?.capital;
  const opener = ts.length === 1 && piece.span.atStart && (isCommonWord(last.key) || describesNext);
  // "the British broadcaster Sky TV": a nationality says where the body is from.
  const nationality = ts.every((t) => isNationality(t.key));
  if (
    !placeLike &&
    !opener &&
    !nationality &&
    !['a', 'an'].includes(before?.key ?? '') &&
    !last.possessive &&
    after &&
    !after.capital &&
    ORG_NOUNS.has(after.key) &&
    spacedFromPrevious(after)
  )
    return { kind: 'organization', score: 0.7 };
  if (
    !placeLike &&
    before &&
    ((!before.capital && ORG_NOUNS.has(before.key)) || KIND_ACRONYMS.has(before.key)) &&
    spacedFromPrevious(ts[0])
  )
    return { kind: 'organization', score: 0.7 };
  if (!placeLike && appositive(piece, ORG_NOUNS)) return { kind: 'organization', score: 0.7 };
  if (!placeLike && kindAfter(piece)) return { kind: 'organization', score: 0.65 };
  if ((!placeLike && nicknameInContext(piece)) || rankedTeam(piece) || placeAndNickname(piece))
    return { kind: 'organization', score: 0.7 };
  // "the CEO of Hotelied": a name of no ordinary words, not a place ("president of France").
  if (
    !placeLike &&
    !ts.some((t) => isPlace(t.key) || isCommonWord(t.key) || isFirstName(t.key)) &&
    officerOf(piece)
  )
    return { kind: 'organization', score: 0.6 };
  if (!placeLike && !isPlace(last.key) && worksAt(piece))
    return { kind: 'organization', score: 0.7 };
  if (last.cue && ORG_CUES.has(last.cue) && !isPlace(last.key))
    return { kind: 'organization', score: 0.6 };
  if (piece.orgOnly) return { kind: 'unknown', score: 0 };
  // "Con Edison, which maintains…", "Con Edison officials said": what follows speaks of a body,
  // whatever its first word looks like.
  if (ts.length > 1 && !placeLike && spokenOfAsBody(piece))
    return { kind: 'organization', score: 0.7 };
  if (affiliationOf(piece)) return { kind: 'organization', score: 0.6 };

  if (bylineNames.has(normalized)) return { kind: 'person', score: 0.9 };
  const nameWords = ts.filter((t) => !PARTICLES.has(t.key.split('-')[0]) || t.capital);
  if (
    nameWords.length < 1 ||
    nameWords.length > 4 ||
    // Dotted initials may open a name ("J.K. Rowling") or follow a first name ("George H.W.
    // Bush"); other acronyms never stand in one.
    ts.some(
      (t, i) =>
        /\d/.test(t.text) ||
        (isAcronym(t.text) &&
          !(isInitials(t.text) && (i === 0 || (i < ts.length - 1 && isFirstName(ts[0].key))))),
    )
  )
    return { kind: 'unknown', score: 0 };
  if (
    keys.some(
      (k, i) =>
        (isFunctionWord(k) &&
          // A middle initial is no article: "James A. Winnefeld", "Aleksei A. Navalny".
          !(i > 0 && isInitials(ts[i].text)) &&
          !PARTICLES.has(k) &&
          !modalSurname(ts, i) &&
          !givenNameAfterSurname(ts, i) &&
          // A word pieces.ts kept as a first name: "Will Moy", "co-author Til Birnstiel".
          !(i === 0 && ts[0].capital && ts.length > 1)) ||
        isPlace(k) ||
        (isTitle(k) && !titleAsFamilyName(keys, i)),
    )
  )
    return { kind: 'unknown', score: 0 };
  if (isChineseName(ts.map((t) => t.text.replace(/['’]s$/, ''))))
    return { kind: 'person', score: 0.9 };
  if (nameWords.length >= 2) {
    const v = fullName(piece, nameWords);
    // "Con Edison, which maintains…": a name that looks like a person's is outweighed by "which",
    // unless a first name opens it ("a spin-off from Quentin Tarantino, which has been rumored").
    if (v.kind === 'person' && v.score < 0.85 && followedByWhich(piece))
      return { kind: 'organization', score: 0.6 };
    if (v.kind === 'person') return v;
  } else if (piece.titled) {
    return { kind: 'person', score: 0.6 };
  }
  return { kind: 'unknown', score: 0 };
}
