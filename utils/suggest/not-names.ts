/**
 * Capitalised runs that name nothing a reader would tag: a date written with its qualifier ("Last
 * July, People magazine ran…"), a generation ("Gen Xers", "Boomers"), and a body's generic head
 * word standing alone for the body named before it ("The Department said…" after "the California
 * Department of Public Health"). From held-out-15's errors (issue 14).
 */
import { hasTag, KIND_ACRONYMS } from './lexicon';
import type { Token } from './tokens';

/** Words that qualify a month or a day in a date: "Last July", "Early March", "This Friday". */
const DATE_QUALIFIERS = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'since', 'until']);

/** Generations by their nicknames, which are written with capitals and are no one's name. */
const GENERATIONS = new Set(
  `gen generation x y z xer xers boomer boomers millennial millennials zoomer zoomers zers`.split(
    /\s+/,
  ),
);

/**
 * Head words that, alone and capitalised, point back to a body the article named in full: not a
 * name of their own. Not "Congress" or "Parliament", which are.
 */
const GENERIC_HEADS = new Set(['department', 'ministry', 'agency', 'bureau', 'commission']);

/** Days named for what happens on them, written like a name: "Black Friday", "Super Tuesday". */
const NAMED_DAYS = new Set([
  'black friday',
  'cyber monday',
  'good friday',
  'ash wednesday',
  'super tuesday',
  'giving tuesday',
  'small business saturday',
  'boxing day',
]);

/** Words that open a storm's given name: "Storm Abigail", "Hurricane Katrina" name weather. */
const STORMS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/** Whether the run is a date, a named day, a storm, a grand prix, a generation, a lone generic
 * head word or kind's acronym: never an entity. */
export function namesNothing(tokens: readonly Token[]): boolean {
  const keys = tokens.map((t) => t.key);
  const last = keys[keys.length - 1];
  if (hasTag(last, 'WeekDay', 'Month') && keys.slice(0, -1).every((k) => DATE_QUALIFIERS.has(k)))
    return true;
  if (NAMED_DAYS.has(keys.join(' '))) return true;
  // "Storm Abigail", "Tropical Storm Erika": a storm and one given name.
  const storm = keys.findIndex((k) => STORMS.has(k));
  if (storm >= 0 && storm === keys.length - 2 && (storm === 0 || keys[0] === 'tropical'))
    return true;
  // "GP" is a family doctor or a grand prix ("the Mexico GP"): a race, never a body.
  if (last === 'gp' && tokens[tokens.length - 1].text === 'GP') return true;
  if (keys.every((k) => GENERATIONS.has(k)) && keys.some((k) => k.length > 1)) return true;
  // "NGOs said…": a kind of body, as "charities" is.
  return keys.length === 1 && (GENERIC_HEADS.has(last) || KIND_ACRONYMS.has(last));
}
