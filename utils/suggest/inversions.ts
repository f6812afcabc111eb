/**
 * "the Energy Department", "the Department of Energy" and "Energy employees": one body written
 * three ways. American papers use both orders for a department (British ones for a ministry:
 * "the Defence Ministry", "the Ministry of Defence"), and then its subject alone; each would
 * otherwise be offered as an organisation of its own.
 */
import type { Group } from './merge';
import type { Mention } from './types';

const FORMAL = /^(department|ministry) of (?:the )?(.+)$/;

export function foldInvertedNames<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
): void {
  for (const [key, g] of [...groups]) {
    const formal = g.kind === 'organization' && FORMAL.exec(key);
    if (!formal || !groups.has(key)) continue;
    const [, head, subject] = formal;
    for (const other of [`${subject} ${head}`, subject]) {
      const written = groups.get(other);
      if (!written || written.kind !== 'organization') continue;
      g.items.push(...written.items);
      groups.delete(other);
    }
  }
}
