/**
 * News outlets by name: the papers, magazines, networks and sites a story cites ("according to
 * Vanity Fair", "told The Hill"). compromise's lexicon knows few of them, and nothing in such a
 * sentence marks the name as a body. A hand-kept list of the English-language outlets news most
 * often cites; an outlet a page names by its own name only in its furniture is left out there
 * (furniture.ts), not here.
 */
import { normalizeEntityName } from '../model/entity-name';
import type { Token } from './tokens';

const list = (names: string) => new Set(names.split(',').map(normalizeEntityName).filter(Boolean));

/** Names that name nothing but the outlet, wherever a sentence writes them. */
const OUTLETS = list(`
  new york times, washington post, wall street journal, los angeles times, usa today, new york post,
  new york daily news, chicago tribune, boston globe, miami herald, houston chronicle,
  san francisco chronicle, seattle times, dallas morning news, philadelphia inquirer,
  detroit free press, star tribune, denver post, arizona republic, tampa bay times, orlando sentinel,
  atlanta journal-constitution, sacramento bee, kansas city star, washington times, washington examiner,
  financial times, daily telegraph, daily mail, daily mirror, sunday times, evening standard,
  globe and mail, toronto star, national post, sydney morning herald, south china morning post,
  times of india, hindustan times, jerusalem post, haaretz, der spiegel, le monde, le figaro,
  vanity fair, teen vogue, vogue, newsweek, rolling stone, hollywood reporter, entertainment weekly,
  us weekly, sports illustrated, bleacher report, national review, mother jones, new republic,
  new statesman, scientific american, national geographic, fast company, business insider,
  huffington post, huffpost, buzzfeed, buzzfeed news, daily beast, daily caller, breitbart,
  breitbart news, drudge report, infowars, propublica, techcrunch, engadget, gizmodo, mashable,
  ars technica, zdnet, cnet, recode, fivethirtyeight, deadspin, sb nation, yahoo news, yahoo finance,
  yahoo sports, fox news, fox business, fox sports, sky news, abc news, nbc news, cbs news, cbs sports,
  nbc sports, bbc news, al jazeera, c-span, pbs newshour, associated press, agence france-presse,
  bloomberg news, bloomberg businessweek, businessweek, marketwatch, politifact, snopes, tmz, e! news,
  cosmopolitan, esquire, gq, harper's bazaar, new york magazine, slate magazine, salon.com, vice news,
  vox, axios, politico, new england journal of medicine, jama, roll call, variety magazine,
  billboard magazine, time magazine, forbes, fortune magazine,
  voice of america, voa, radio free europe, deutsche welle, cgtn, nhk, press trust of india, el país,
  newsmax, univision, telemundo, sputnik, page six, imdb, rotten tomatoes, box office mojo, sky sports,
  bt sport, talksport, bein sports`);

/**
 * Outlets whose name is also a word ("the Guardian", "the Hill", "the Sun"): the outlet only when
 * the sentence writes it with a capital "The", as a title. Not "The Times": papers call themselves
 * so ("The Times reported"), and which Times it is the page's own business.
 */
const OUTLETS_AFTER_THE = list(`
  guardian, independent, telegraph, observer, economist, atlantic, hill, intercept, verge, onion,
  federalist, spectator, lancet, sun, nation, information, oregonian, tennessean, blaze,
  new yorker`);

/**
 * `key`: the name's words in lower case, joined by spaces, without a leading "the". Looked up in the
 * form the list is stored in (normalizeEntityName), so "el país" finds "El País".
 */
export const isListedOutlet = (key: string) => OUTLETS.has(normalizeEntityName(key));

/** "told The Guardian": a word the list holds as an outlet's, after a capital "The". */
export const outletAfterThe = (key: string, before?: Token) =>
  OUTLETS_AFTER_THE.has(key) && before?.text === 'The';
