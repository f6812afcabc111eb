/**
 * A country's name written right against a name it is no part of: the country a role is about
 * ("White House Russia adviser Fiona Hill", "a Pentagon China expert") or the post a person held
 * ("ambassador to Ukraine Marie Yovanovitch"). pieces.ts cuts the country off; it is a place.
 * Only countries, and none that is also a first name ("Jordan", "Chad", "Georgia").
 */
import { hasTag, isFirstName, isKnownOrg, isPlaceName, ROLES } from './lexicon';
import { isHead } from './name-words';
import type { Span } from './spans';
import { spacedFromPrevious, type Token } from './tokens';

const isCountry = (t: Token) => hasTag(t.key, 'Country') && !isFirstName(t.key);

/** "Ukraine Marie Yovanovitch": a country, then a first name and one or two more words, none a head. */
export function cutCountryBeforePerson(part: Token[]): Token[][] {
  const rest = part.slice(1);
  if (
    rest.length >= 2 &&
    rest.length <= 3 &&
    isCountry(part[0]) &&
    isFirstName(rest[0].key) &&
    !rest.some((t) => isHead(t) || hasTag(t.key, 'Country'))
  )
    return [[part[0]], rest];
  return [part];
}

/** "White House Russia adviser": a name, then a country, then a role in lower case. */
export function cutCountryBeforeRole(part: Token[], span: Span): Token[][] {
  const last = part[part.length - 1];
  const next = span.sentence[span.sentence.indexOf(last) + 1];
  const keys = part.map((t) => t.key);
  if (
    part.length >= 2 &&
    isCountry(last) &&
    // "Bank of China analyst", "Air China pilot": the country inside a body's own name.
    part[part.length - 2].capital &&
    !isKnownOrg(keys.join(' ')) &&
    !isPlaceName(keys) &&
    next &&
    !next.capital &&
    ROLES.has(next.key) &&
    spacedFromPrevious(next)
  )
    return [part.slice(0, -1), [last]];
  return [part];
}
