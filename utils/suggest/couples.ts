/**
 * Two people sharing a family name written once: "Ruth and Harold “Doc” Knapke", "Martha and John
 * Kessler". The first is named by a first name alone; it is "Ruth Knapke", not a stray word that
 * joins nothing. From held-out-15's errors (issue 14).
 */
import { normalizeEntityName } from '../model/entity-name';
import { familyNamesOf } from './agreement';
import type { Found } from './groups';
import { isFirstName } from './lexicon';

/** Gives a first name written just before "and" and a person's full name that person's family name. */
export function sharedFamilyNames(found: Found[], text: string): void {
  const byStart = new Map(found.map((f) => [f.mention.start, f]));
  // "people like Duncan and Patrick Sawyer": a family name of someone else on the page is that
  // person, not a first name (Thomas Eric Duncan).
  const families = familyNamesOf(found);
  for (const f of found) {
    if (f.words.length !== 1 || !isFirstName(f.words[0]) || f.kind === 'organization') continue;
    if (families.has(f.words[0]) || /['’]s$/.test(f.mention.text)) continue;
    const gap = /^\s+and\s+/.exec(text.slice(f.mention.end, f.mention.end + 8))?.[0];
    const partner = gap && byStart.get(f.mention.end + gap.length);
    if (!partner || partner.kind !== 'person' || partner.words.length < 2) continue;
    if (!isFirstName(partner.words[0])) continue;
    const family = partner.mention.text
      .split(/\s+/)
      .pop()!
      .replace(/['’]s$/, '');
    const name = `${f.mention.text} ${family}`;
    const key = normalizeEntityName(name);
    Object.assign(f, {
      kind: 'person',
      score: Math.max(f.score, 0.6),
      name,
      key,
      words: key.split(' '),
    });
  }
}
