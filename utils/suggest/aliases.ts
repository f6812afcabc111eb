/**
 * "Khalid al Hamad, also known as Abu Sakkar": a name and its alias are one entity. The article
 * says so in the words between them; each is otherwise offered as a person of its own.
 */
import type { Group } from './merge';
import type { Mention } from './types';

/** The words between a name and its alias. */
const ALIAS = /^,?\s+(?:also known as|better known as|known as|a\.k\.a\.?|aka|alias)\s+/iu;

export function foldAliases<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
  text: string,
): void {
  const starts = new Map<number, string>();
  for (const [key, g] of groups) for (const f of g.items) starts.set(f.mention.start, key);
  for (const [key, g] of [...groups]) {
    if (!groups.has(key)) continue;
    for (const f of g.items) {
      const m = ALIAS.exec(text.slice(f.mention.end, f.mention.end + 30));
      if (!m) continue;
      const other = starts.get(f.mention.end + m[0].length);
      const alias = other !== undefined && other !== key ? groups.get(other) : undefined;
      if (!alias || alias.kind !== g.kind) continue;
      g.items.push(...alias.items);
      groups.delete(other!);
      for (const a of alias.items) starts.set(a.mention.start, key);
      break;
    }
  }
}
