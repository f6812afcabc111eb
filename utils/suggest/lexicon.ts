/**
 * Word knowledge: compromise's English lexicon (≈25 K words with tags such as MaleName, LastName,
 * Country, Organization, Actor, Demonym) and its lists of organisation and place head words, plus
 * the heads news about Chinese institutions needs ("… Daily", "… Network", "… Co., Ltd.").
 *
 * Only the lexicon is used, not compromise's tagger: tagging a 12 K-character article costs
 * 130–480 ms in Node (too slow for the popup's 300 ms budget on long pages), and its people()/
 * organizations() missed most names in our labelled pages that these rules find.
 */
import nlp from 'compromise';
import { addedTag } from './added-tags';
import { isCompanyName, isListedFirstName } from './gazetteer';
import { isListedOutlet } from './outlet-names';
import { UNIVERSITIES_BY_SHORT_NAME } from './universities';

type Tags = string | string[] | undefined;
interface CompromiseModel {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}
const model = nlp.model() as unknown as CompromiseModel;
const lexicon = model.one.lexicon;

export function tagsOf(key: string): string[] {
  const tags = lexicon[key];
  const listed = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  const added = addedTag(key);
  return added ? [...listed, added] : listed;
}
export const hasTag = (key: string, ...wanted: string[]) =>
  tagsOf(key).some((t) => wanted.includes(t));

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Last words of organisations' names. "Mail" ends papers' names ("Oxford Mail", "Hull Daily Mail")
 * and the post's ("Royal Mail") as "Tribune" and "Courier" do.
 */
export const ORG_HEADS = new Set([
  ...Object.keys(model.two.orgWords ?? {}),
  ...words(`daily network networks congress party unions co. co ltd. ltd inc. inc corp. corp plc llc commission court
    embassy embassies parliament assembly senate cabinet club market research finance images presse alliance
    movement front league federation ministry council committee group agency union university college foundation
    technologies laboratories incorporated ventures exchange institution library tribune observer examiner
    inquirer insider courier navy force forces guard studios records pictures animation legislature
    intelligence analytics consulting advisors advisers bancorp bancorporation bancshares bankshares farms
    mail panel gaming esports command`),
]);
/** orgWords entries that name places or things more often than they end an organisation's name. */
for (const w of words(
  'data capital design development education care energy estate mobile power marine military gas oil tv',
))
  ORG_HEADS.delete(w);

const PLACE_HEADS = new Set([
  ...Object.keys(model.two.placeWords ?? {}),
  ...words(
    'harbour harbor sea ocean street avenue road square terminal park airport passage locks hall plaza boulevard blvd highway freeway expressway tunnel',
  ),
]);
// "Islamic State", "Washington State University": too often part of a non-place name.
PLACE_HEADS.delete('state');
export const COMPASS = new Set(
  words(
    'north south east west northeast northwest southeast southwest northern southern eastern western central upper lower',
  ),
);

/**
 * Last words of places that are never a body's name: "John F. Kennedy International Airport",
 * "Martin Luther King Jr. Boulevard", "George Washington Bridge".
 */
export const THOROUGHFARES = new Set(
  words(
    'street avenue road drive parkway boulevard blvd lane highway freeway expressway bridge tunnel airport square plaza',
  ),
);
/** First words of places: "Mount Everest", "Lake Michigan", "Fort Worth", "Ciudad Blanca". */
const OPENING = 'mount mt lake river cape fort port gulf bay isle ciudad puerto isla cerro laguna';
export const PLACE_OPENERS = new Set(words(OPENING));

/**
 * Titles written before a name: "Prime Minister Habib Essid", "Mr. Reeves". Token keys drop an
 * abbreviation's period (tokens.ts), so "Gov." is looked up as "gov": abbreviations are listed bare.
 * "Hall of Famer Nolan Ryan": the run is cut at "of", and "Famer" is then the title left before him.
 * A member of a parliament is titled by its abbreviation: "MK Robert Ilatov", "MP Jane Doe".
 * "Shadow" opens an opposition spokesman's title: "Labour Shadow Chancellor John Doe".
 */
export const TITLES = new Set(
  words(`mr mrs ms dr prof sir dame lord lady president president-elect vice prime minister
    secretary senator sen rep gov gen lt col maj sgt capt cmdr adm supt det insp atty amb hon rev governor judge justice general chairman chairwoman chair director king queen
    prince princess pope mayor chancellor premier commissioner ambassador deputy executive chief ceo captain skipper
    professor editor reporter spokesman spokeswoman attorney solicitor inspector superintendent sergeant lieutenant
    colonel detective constable councillor councilman councilwoman congressman congresswoman assemblyman
    assemblywoman representative speaker treasurer prosecutor magistrate archbishop bishop cardinal rabbi imam sheikh coach leader famer mp mk mep msp mla
    patriarch tsar czar emperor empress sultan emir ayatollah ombudsman ombudswoman ombudsperson
    employee student resident interim acting shadow`),
);

/** "Attorney-General Christian Porter", "Lieutenant-Governor": a hyphenated title is a title. */
export function isTitle(key: string): boolean {
  return TITLES.has(key) || (key.includes('-') && key.split('-').every((k) => TITLES.has(k)));
}

/** Players' positions: roles before a name ("defenseman Jonas Brodin"), and after a team's (teams.ts). */
export const SPORTS_POSITIONS =
  words(`defenseman defenceman defender forward winger goalie goaltender
  goalkeeper keeper netminder striker midfielder quarterback linebacker lineman cornerback receiver pitcher
  catcher shortstop outfielder infielder rookie lefty righty left-hander right-hander southpaw reliever
  baseman fielder slugger`);

/** Lower-case words naming a role; before a name ("ranger Jamie Werner") or after it (", a professor"). */
export const ROLES = new Set([
  ...words(`secretary director chairman chairwoman chair president minister professor spokesman spokeswoman spokesperson
    editor reporter correspondent columnist writer author photographer analyst strategist researcher scientist economist expert
    fellow member head founder co-founder ceo executive officer manager commissioner governor mayor senator official employee
    leader chief deputy skipper ranger craftsman technician worker lawyer attorney judge adviser advisor elder
    captain coach teacher student doctor supervisor spokesperson owner partner chairperson president-elect priest pastor
    bishop nurse farmer activist actor actress singer artist poet novelist historian journalist designer
    architect engineer entrepreneur investor banker diplomat envoy soldier prosecutor candidate lawmaker
    legislator politician minister blogger commentator filmmaker producer comedian musician rapper athlete
    footballer physicist chemist biologist oceanographer meteorologist mathematician programmer sociologist
    psychologist psychiatrist physician surgeon pilot undergraduate graduate alumnus alumna intern dean
    provost lecturer insider autocrat dictator strongman star superstar`),
  ...SPORTS_POSITIONS,
]);

/** Lower-case nouns that, right after a capitalised name, make it an organisation ("Ennahda party"). */
export const ORG_NOUNS = new Set(
  words(`group party brokerage firm company movement militia network agency bank union organization organisation newspaper retailer coalition body
    magazine journal website tabloid broadcaster publication startup nonprofit charity conglomerate insurer lender
    airline automaker carmaker chipmaker regulator watchdog start-up pollster collective cooperative co-op consortium syndicate cartel
    museum hospital police university college school institute foundation council ministry department daily`),
);

/** Acronyms that, before a name, say it is a body's, as the nouns above do: "the NGO Front Line Defenders". */
export const KIND_ACRONYMS = new Set(words('ngo ngos'));

/**
 * Institutions a capitalised name may be followed by in lower case, the noun then being part of the
 * name: "the Bardo museum", "Royal Shrewsbury hospital", "West Mercia police".
 */
export const INSTITUTION_NOUNS = new Set(
  words(
    'museum hospital police university college school institute foundation council ministry department',
  ),
);

/** Seats of government and other places that news uses as the name of the institution in them. */
export const INSTITUTION_PLACES = new Set([
  'white house',
  'kremlin',
  'pentagon',
  'downing street',
  'elysee',
  'élysée',
  'whitehall',
  'capitol hill',
  'vatican',
  'holy see',
  'quai d’orsay',
  ...UNIVERSITIES_BY_SHORT_NAME,
]);

/**
 * Last words that make a name an event, a period, a law or a technical thing, not an organisation:
 * "Arab Spring", "Cold War", "Investment Company Act", "Mozilla Public License", "Gecko engine",
 * "Markit iTraxx Europe Index".
 */
export const EVENT_HEADS = new Set(
  words(
    `spring war wars revolution uprising game games olympics cup championship championships final finals series draft tournament festival summit crisis
    election elections era age day act treaty accord accords amendment directive
    license licence protocol format framework engine browser kernel toolkit codec specification
    prize prizes award awards medal trophy show fair expo exhibition conference convention marathon parade
    plan doctrine index indexes indices`,
  ),
);

/** Words allowed inside a name: "Federation of Trade Unions", "Osama bin Laden". */
export const CONNECTORS = new Set(
  words('of and for on the & de du da di dei del della la le van von der den bin ibn al'),
);

/** Acronyms that are places or roles (police ranks too: "the IG said"), not organisations. */
export const NOT_ORG_ACRONYMS = new Set(
  words(`us u.s. uk u.k. usa eu ceo cfo cto coo tv am pm et gmt utc id ok dna rna gdp ad bc ii iii iv vi
    suv cpu gpu ram rom ssd hdd usb hdmi hdr vr ar ai os pc pcs api apis html css xml json pdf url urls http https ssl tls
    faq diy pr hr it lgbt lgbtq covid hiv aids adhd ptsd mph kg km cm mm gb mb kb tb ghz mhz fps led lcd oled gps sms
    mp mps vip ufo atm iq nba nfl ig dig dgp`),
);

export function isFunctionWord(key: string): boolean {
  return hasTag(
    key,
    'Determiner',
    'Preposition',
    'Conjunction',
    'Pronoun',
    'Adverb',
    'QuestionWord',
    'Copula',
    'Modal',
    'Cardinal',
    'TextValue',
    'Possessive',
    // "Not Munn", a heading's play on a name: a negation is no name's word.
    'Negative',
    // "Unless Duncan retires…": a condition's conjunction ("if", "unless") opens a clause.
    'Condition',
  );
}
export function isFirstName(key: string): boolean {
  if (hasTag(key, 'FirstName', 'MaleName', 'FemaleName') || isListedFirstName(key)) return true;
  // "Jean-Claude", "Mary-Kate" ("jean" is also a noun: one part known as a first name is enough).
  return key.includes('-') && key.split('-').some((k) => k && isFirstName(k));
}
/** Districts that stand for an industry ("a Broadway sensation", "Hollywood loved it"): places, no one's name. */
const DISTRICTS = new Set(['broadway', 'hollywood', 'bollywood', 'nollywood']);
export function isPlace(key: string): boolean {
  return (
    hasTag(key, 'Country', 'City', 'Region', 'Place') || PLACE_HEADS.has(key) || DISTRICTS.has(key)
  );
}
/** "Bering Sea", "South Taranaki", "New Zealand": a place even when its first word is unknown. */
export function isPlaceName(keys: string[]): boolean {
  const last = keys[keys.length - 1];
  return (
    hasTag(keys.join(' '), 'Country', 'City', 'Region', 'Place') ||
    PLACE_HEADS.has(last) ||
    (keys.length === 1 && DISTRICTS.has(last)) ||
    (keys.length === 2 && COMPASS.has(keys[0]))
  );
}
/** An organisation compromise or the company list knows by this one word ("Sony", "Mozilla"). */
/**
 * News agencies, outlets and broadcasters named in one word, which articles cite bare ("contacted
 * by Reuters", "analysts on ESPN") and neither the lexicon nor the company list holds. Not "Bloomberg", a person's name as often.
 */
const NEWS_OUTLETS = new Set(
  words(`reuters afp xinhua interfax tass yonhap kyodo bernama axios politico upi ansa efe dpa
    espn abc nbc cbs bbc cnn npr pbs msnbc cnbc hbo voa`),
);
export const isNewsOutlet = (key: string) => NEWS_OUTLETS.has(key) || isListedOutlet(key);

export function isKnownOrg(key: string): boolean {
  return hasTag(key, 'Organization') || isCompanyName(key) || isNewsOutlet(key);
}
