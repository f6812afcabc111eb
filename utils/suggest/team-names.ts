/**
 * The clubs of North America's five major leagues, by city and nickname. compromise's lexicon
 * knows about a hundred of them in full ("Green Bay Packers") and a dozen nicknames alone; sports
 * writing names a team by its nickname ("the Packers", "the Browns") far more often than in full,
 * and no sentence marks it as a body. A closed list: these leagues add a club every few years.
 * Former names a 2010s page still uses are kept ("Oakland Raiders", "Charlotte Bobcats").
 */
import { normalizeEntityName } from '../model/entity-name';
import { hasTag } from './lexicon';

const CLUBS: Record<string, string> = {
  nfl: `Arizona Cardinals, Atlanta Falcons, Baltimore Ravens, Buffalo Bills, Carolina Panthers,
    Chicago Bears, Cincinnati Bengals, Cleveland Browns, Dallas Cowboys, Denver Broncos, Detroit Lions,
    Green Bay Packers, Houston Texans, Indianapolis Colts, Jacksonville Jaguars, Kansas City Chiefs,
    Las Vegas Raiders, Oakland Raiders, Los Angeles Chargers, San Diego Chargers, Los Angeles Rams,
    St. Louis Rams, Miami Dolphins, Minnesota Vikings, New England Patriots, New Orleans Saints,
    New York Giants, New York Jets, Philadelphia Eagles, Pittsburgh Steelers, San Francisco 49ers,
    Seattle Seahawks, Tampa Bay Buccaneers, Tennessee Titans, Washington Redskins, Washington Commanders`,
  nba: `Atlanta Hawks, Boston Celtics, Brooklyn Nets, New Jersey Nets, Charlotte Hornets, Charlotte Bobcats,
    Chicago Bulls, Cleveland Cavaliers, Dallas Mavericks, Denver Nuggets, Detroit Pistons,
    Golden State Warriors, Houston Rockets, Indiana Pacers, Los Angeles Clippers, Los Angeles Lakers,
    Memphis Grizzlies, Miami Heat, Milwaukee Bucks, Minnesota Timberwolves, New Orleans Pelicans,
    New Orleans Hornets, New York Knicks, Oklahoma City Thunder, Seattle SuperSonics, Orlando Magic,
    Philadelphia 76ers, Phoenix Suns, Portland Trail Blazers, Sacramento Kings, San Antonio Spurs,
    Toronto Raptors, Utah Jazz, Washington Wizards`,
  mlb: `Arizona Diamondbacks, Atlanta Braves, Baltimore Orioles, Boston Red Sox, Chicago Cubs,
    Chicago White Sox, Cincinnati Reds, Cleveland Indians, Cleveland Guardians, Colorado Rockies,
    Detroit Tigers, Houston Astros, Kansas City Royals, Los Angeles Angels, Los Angeles Dodgers,
    Miami Marlins, Florida Marlins, Milwaukee Brewers, Minnesota Twins, New York Mets, New York Yankees,
    Oakland Athletics, Philadelphia Phillies, Pittsburgh Pirates, San Diego Padres, San Francisco Giants,
    Seattle Mariners, St. Louis Cardinals, Tampa Bay Rays, Texas Rangers, Toronto Blue Jays,
    Washington Nationals`,
  nhl: `Anaheim Ducks, Arizona Coyotes, Boston Bruins, Buffalo Sabres, Calgary Flames, Carolina Hurricanes,
    Chicago Blackhawks, Colorado Avalanche, Columbus Blue Jackets, Dallas Stars, Detroit Red Wings,
    Edmonton Oilers, Florida Panthers, Los Angeles Kings, Minnesota Wild, Montreal Canadiens,
    Nashville Predators, New Jersey Devils, New York Islanders, New York Rangers, Ottawa Senators,
    Philadelphia Flyers, Pittsburgh Penguins, San Jose Sharks, Seattle Kraken, St. Louis Blues,
    Tampa Bay Lightning, Toronto Maple Leafs, Vancouver Canucks, Vegas Golden Knights,
    Washington Capitals, Winnipeg Jets`,
  mls: `Atlanta United, Chicago Fire, Colorado Rapids, Columbus Crew, D.C. United, FC Dallas, Houston Dynamo,
    LA Galaxy, Los Angeles FC, Minnesota United, Montreal Impact, New England Revolution,
    New York City FC, New York Red Bulls, Orlando City, Philadelphia Union, Portland Timbers,
    Real Salt Lake, San Jose Earthquakes, Seattle Sounders, Sporting Kansas City, Toronto FC,
    Vancouver Whitecaps`,
};

/** The cities (and states, and regions) the clubs are named for, as the list writes them. */
const CITIES = new Set(
  `Arizona, Atlanta, Baltimore, Buffalo, Carolina, Chicago, Cincinnati, Cleveland, Dallas, Denver, Detroit,
  Green Bay, Houston, Indianapolis, Jacksonville, Kansas City, Las Vegas, Oakland, Los Angeles, LA,
  San Diego, St. Louis, Miami, Minnesota, New England, New Orleans, New York, Philadelphia, Pittsburgh,
  San Francisco, Seattle, Tampa Bay, Tennessee, Washington, Boston, Brooklyn, New Jersey, Charlotte,
  Golden State, Indiana, Memphis, Milwaukee, Oklahoma City, Orlando, Phoenix, Portland, Sacramento,
  San Antonio, Toronto, Utah, Colorado, Florida, Texas, Anaheim, Calgary, Columbus, Edmonton, Montreal,
  Nashville, Ottawa, San Jose, Vancouver, Vegas, Winnipeg, D.C.`
    .split(',')
    .map(normalizeEntityName),
);

const key = normalizeEntityName;
const FULL = new Set(
  Object.values(CLUBS)
    .flatMap((list) => list.split(','))
    .map(key),
);

/**
 * The club's name without its city: "green bay packers" → "packers", "new york red bulls" → "red
 * bulls". None for a club whose name is not a city and a nickname ("FC Dallas", "Orlando City").
 */
function nicknameOf(full: string): string | undefined {
  const words = full.split(' ');
  for (let i = words.length - 1; i > 0; i--)
    if (CITIES.has(words.slice(0, i).join(' '))) {
      const nickname = words.slice(i).join(' ');
      return ['fc', 'city', 'city fc'].includes(nickname) ? undefined : nickname;
    }
  return undefined;
}

/**
 * Nicknames that name nothing else when capitalised inside a sentence. Left out: those that are a
 * people's or a faith's ("Texans", "Saints", "Patriots", "Cardinals"), a family name's plural
 * ("the Browns"), a common noun a sentence capitalises for other reasons ("Giants", "Kings",
 * "Titans" of industry), and one-word mass nouns ("Heat", "Magic", "Wild", "Union"): those need
 * the page's sports (teamsByNickname in nicknames.ts).
 */
const AMBIGUOUS = new Set(
  `texans saints patriots cardinals browns giants kings titans heat magic wild union thunder jazz
  lightning avalanche fire crew galaxy impact revolution stars blues rangers nationals royals
  athletics pirates twins angels reds jets bills chiefs united rockies hurricanes islanders
  senators vikings warriors guardians commanders dynamo`
    .split(/\s+/)
    .filter(Boolean),
);

const NICKNAMES = new Set([...FULL].map(nicknameOf).filter((n) => n !== undefined));

/** "green bay packers", "st. louis blues": a club of the major leagues, city and nickname. */
export const isClubName = (name: string) => FULL.has(key(name));

/** "packers", "red sox", "heat": what a major-league club is called without its city. */
export const isClubNickname = (name: string) => NICKNAMES.has(key(name));

/**
 * A nickname alone that names the club wherever a sentence capitalises it inside ("Packers",
 * "Seahawks", "Red Sox"): not a people's, a family's or an ordinary word's plural.
 */
export const isPlainClubNickname = (name: string) => {
  const k = key(name);
  return NICKNAMES.has(k) && !AMBIGUOUS.has(k) && !hasTag(k, 'Demonym', 'LastName', 'FirstName');
};

/** The major leagues by the short names the news uses ("MLB" alone is an acronym nothing else marks). */
const LEAGUES = new Set(['nfl', 'nba', 'mlb', 'nhl', 'mls', 'wnba']);

/**
 * Leagues, and their conferences: what makes a page a sports page. A conference is a body too
 * ("2-6 in the AFC"), as the labels hold the Big Ten (round 23).
 */
const LEAGUE_NAMES = new Set([...LEAGUES, 'afc', 'nfc']);

/** "the NFL", "the NFC", "Green Bay Packers", "the Seahawks": a name that makes the page about a league's games. */
export const marksSportsPage = (name: string) =>
  LEAGUE_NAMES.has(key(name)) || isClubName(name) || isPlainClubNickname(name);

/**
 * A club in full, a league, or a club's plain nickname where the sentence does not open with it
 * ("Sharks are native to the area" is the animal).
 */
export const namesClubOrLeague = (name: string, opensSentence: boolean) =>
  isClubName(name) || LEAGUE_NAMES.has(key(name)) || (!opensSentence && isPlainClubNickname(name));
