/**
 * The library's search: a query is its words, and a record matches when every word is found in one
 * of its fields (quote, note, verdict note, names, title, byline…), ignoring case. The same words
 * mark the matches where the record is shown, so what is highlighted is exactly what matched.
 */
export interface SearchQuery {
  /** The words, as typed; empty when there is no search. */
  words: string[];
  /** One pattern per word: does a field contain it? */
  tests: RegExp[];
  /** All words at once, longest first, for marking every match in a text. */
  marker: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parseQuery(query: string): SearchQuery {
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))];
  // The u and i flags fold case without changing lengths (toLocaleLowerCase can), so a match's
  // offsets are offsets in the text shown.
  const tests = words.map((w) => new RegExp(escape(w), 'iu'));
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape);
  return { words, tests, marker: words.length ? new RegExp(alternatives.join('|'), 'giu') : null };
}

export const NO_QUERY = parseQuery('');

export const isSearching = (q: SearchQuery) => q.words.length > 0;

/** Whether every word of the query is in at least one of the fields (an empty query matches all). */
export function matchesAll(
  q: SearchQuery,
  fields: readonly (string | null | undefined)[],
): boolean {
  return q.tests.every((test) => fields.some((f) => !!f && test.test(f)));
}

/** A text cut into the runs a search marks and the runs between them. */
export interface TextPart {
  text: string;
  hit: boolean;
}

export function highlightParts(text: string, q: SearchQuery): TextPart[] {
  if (!q.marker || !text) return text ? [{ text, hit: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(q.marker)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
