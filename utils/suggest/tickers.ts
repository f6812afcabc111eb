/**
 * "Google (GOOG)", "Oracle Corp. (NYSE: ORCL)": business news writes a company's ticker symbol in
 * parentheses right after its name. The capitals there are a short form of the name before them,
 * whether or not they are its initials, so they join that organisation instead of standing as one.
 * Wire copy puts it in angle brackets: "BankAmerica Corp <BAC>".
 */
import type { Mention } from './types';
import type { Group } from './merge';

/**
 * "(GOOG)" or "(NASDAQ: GOOG)" around the mention, with only the opening between it and the name;
 * or the wire's angle brackets: "General Electric Co <GE>".
 */
const OPENING = /\s*[(<](?:\p{Lu}{2,8}\s*:\s*)?$/u;

export function foldTickers<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
  text: string,
): void {
  const ends = new Map<number, string>();
  for (const [key, g] of groups)
    if (g.kind === 'organization') for (const i of g.items) ends.set(i.mention.end, key);
  for (const [key, g] of [...groups]) {
    if (g.kind !== 'organization' || !g.items.every((i) => /^\p{Lu}{2,5}$/u.test(i.mention.text)))
      continue;
    const owner = g.items
      .map((i) => named(text, i.mention, ends))
      .find((k) => k !== undefined && k !== key && groups.has(k));
    if (!owner) continue;
    groups.get(owner)!.items.push(...g.items);
    groups.delete(key);
  }
}

function named(text: string, m: Mention, ends: Map<number, string>): string | undefined {
  if (text[m.end] !== ')' && text[m.end] !== '>') return undefined;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const opening = OPENING.exec(before);
  if (!opening) return undefined;
  return ends.get(m.start - opening[0].length);
}
