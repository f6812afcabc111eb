/**
 * Teams by their nickname alone: "The Heat made the huge splash", "with the Nets", "the Thunder
 * and Mavericks". Alone, "the Heat" or "the Magic" could be anything; on a page that names a team
 * by its city and nickname ("San Antonio Spurs") or by its roles ("Nets fans"), a single
 * capitalised word that the article writes after "the" the way it writes its teams is a team.
 */
import {
  COMPASS,
  EVENT_HEADS,
  hasTag,
  isFirstName,
  isPlace,
  isPlaceName,
  isTitle,
  ORG_HEADS,
  tagsOf,
} from './lexicon';
import { spacedFromPrevious, type Token } from './tokens';
import { startIndex } from './lists';
import { PAPER_HEADS } from './openers';
import type { Found, Group } from './groups';
import type { Piece } from './pieces';
import { nicknameInContext, placeAndNickname } from './teams';
import { isClubNickname, marksSportsPage } from './team-names';

/**
 * Whether the page's evidence makes this piece a team: a city and nickname, or a team's roles.
 * Not a company's or a paper's plural head: "Phoenix Technologies", "Los Angeles Times".
 */
export function namesTeam(piece: Piece): boolean {
  const last = piece.tokens[piece.tokens.length - 1].key;
  if (ORG_HEADS.has(last) || PAPER_HEADS.has(last)) return false;
  return placeAndNickname(piece) || nicknameInContext(piece);
}

/**
 * One capitalised word after "the" ("the Celtics", "The Heat"), or after "the X and" / "the X or"
 * ("the Magic and Celtics"): how a team is written, and how few other one-word names are. Not a
 * place ("the Bronx"), not followed by "of" ("the Hall of Fame"), nor a possessive's owner.
 */
export function nicknameAfterThe(piece: Piece): boolean {
  const ts = piece.tokens;
  if (!(ts.length === 1 || twoWordNickname(ts))) return false;
  if (!ts.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && nicknameShaped(t.key))) return false;
  const s = piece.span.sentence;
  const i = startIndex(piece);
  const spaced = (k: number) => !!s[k] && spacedFromPrevious(s[k]);
  if (s[i + 1]?.key === 'of' && spaced(i + 1)) return false;
  if (s[i - 1]?.key === 'the' && spaced(i)) return true;
  return (
    ['and', 'or'].includes(s[i - 1]?.key ?? '') &&
    !s[i - 1].capital &&
    spaced(i) &&
    !!s[i - 2]?.capital &&
    s[i - 3]?.key === 'the'
  );
}

/**
 * "the Blue Jays", "the Red Wings", "the Golden Knights": an ordinary word, no name's, before a
 * plural. Not a participle's phrase ("the Founding Fathers", "the Flying Doctors").
 */
function twoWordNickname(ts: Token[]): boolean {
  return (
    ts.length === 2 &&
    /s$/.test(ts[1].key) &&
    !/ing$/.test(ts[0].key) &&
    tagsOf(ts[0].key).length > 0 &&
    !hasTag(ts[0].key, 'Demonym', 'Person', 'FirstName', 'LastName') &&
    !isPlaceName(ts.map((t) => t.key))
  );
}

/** Not a word that names something else after "the": a place, a title, a compass point, an event, a date, a first name. */
function nicknameShaped(key: string): boolean {
  return (
    !isPlace(key) &&
    !isTitle(key) &&
    !COMPASS.has(key) &&
    !EVENT_HEADS.has(key) &&
    !EVENT_HEADS.has(key.replace(/s$/, '')) &&
    !isFirstName(key) &&
    !hasTag(key, 'Date', 'Month', 'WeekDay', 'Duration')
  );
}

/**
 * On a page that names a team, the unplaced names written as nicknames are teams too: a plural
 * ("the Celtics", "Cleveland Indians"), or a word written so twice ("the Heat" once could be the
 * weather). "The Spurs" joins "San Antonio Spurs" when the page names it so. Returns [group key,
 * found] pairs.
 */
export function teamsByNickname(
  found: Found[],
  left: Found[],
  groups: Map<string, Group>,
): [string, Found][] {
  if (!found.some((f) => f.team || marksSportsPage(f.key))) return [];
  // A club's nickname the list holds is its club once: "the Heat" on a page about the NBA.
  const twice = (k: string) =>
    isClubNickname(k) || left.filter((f) => f.nickname && f.key === k).length > 1;
  const team = (k: string) =>
    [...groups].find(([g, { kind }]) => kind === 'organization' && g.endsWith(` ${k}`))?.[0] ?? k;
  // Two ordinary words ("the Blue Jays") are a team written twice, as a place ("the Dry
  // Tortugas") is not; a city's people ("Cleveland Indians") once.
  const written = (k: string) =>
    !k.includes(' ') ||
    isPlaceName(k.split(' ').slice(0, 1)) ||
    left.filter((f) => f.key === k).length > 1;
  return left
    .filter(
      (f) =>
        f.nickname && !groups.has(f.key) && (/s$/.test(f.key) || twice(f.key)) && written(f.key),
    )
    .map((f) => [team(f.key), { ...withoutThe(f), kind: 'organization', score: 0.55 }]);
}

/** "The Heat made…": the article opens the sentence; it is no part of the nickname. */
function withoutThe(f: Found): Found {
  const cut = /^the\s+/i.exec(f.mention.text)?.[0].length ?? 0;
  const { text, start, end } = f.mention;
  return { ...f, mention: { text: text.slice(cut), start: start + cut, end } };
}

/**
 * "Bruins coach Claude Julien" and "The Boston Bruins": one team, written with and without its
 * city. A one-word plural organisation that exactly one longer organisation's name ends with,
 * after a place, joins it (a split entity otherwise).
 */
export function foldNicknames(groups: Map<string, Group>): void {
  // "Charlotte Bobcats" and "Bobcats owner Michael Jordan": a city that is a first name too made
  // the team a person, and its nickname that person's family name; a nickname a team's officer
  // follows is no family name.
  for (const g of groups.values())
    if (
      g.kind === 'person' &&
      g.words.length === 2 &&
      g.words[1].endsWith('s') &&
      !hasTag(g.words[1], 'LastName', 'Person') &&
      g.items.some((f) => f.team && !/\s/.test(f.mention.text))
    )
      g.kind = 'organization';
  for (const [key, g] of [...groups]) {
    if (g.kind !== 'organization' || key.includes(' ') || !key.endsWith('s')) continue;
    // A team's nickname the lexicon or the clubs list knows ("Astros", "Bobcats") joins its city
    // however the city is tagged ("Houston" and "Charlotte" are a person's names too).
    const team = hasTag(key, 'SportsTeam') || isClubNickname(key);
    const homes = [...groups].filter(
      ([k, h]) =>
        h.kind === 'organization' &&
        k.endsWith(` ${key}`) &&
        (team ||
          isPlaceName(
            k
              .split(' ')
              .slice(0, -1)
              .filter((w) => w !== 'the'),
          )),
    );
    if (homes.length !== 1) continue;
    homes[0][1].items.push(...g.items);
    groups.delete(key);
  }
}
