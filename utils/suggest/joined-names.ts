/**
 * "Boeing and Lockheed Corp were planning…", "McClatchy and Tribune": two companies joined by
 * "and", the second with its suffix or alone, read as one name when nothing in the sentence cuts
 * them (and-names.ts keeps "and" inside "Procter and Gamble Co."). When the article names the
 * first on its own elsewhere ("Boeing Co.", "McClatchy"), the joined name is two: the first joins
 * that body, the rest is a body of its own.
 */
import { normalizeEntityName } from '../model/entity-name';
import type { Found, Group } from './groups';

/** One or two words, "and", then one to three: "big machine and dick clark productions". */
const JOINED = /^(\S+(?: \S+)?) and (\S+(?: \S+){0,2})$/;

export function foldJoinedNames(groups: Map<string, Group>): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    const m = JOINED.exec(key);
    if (!m) continue;
    const first = m[1];
    const home =
      orgs.find(([k]) => k === first && groups.has(k)) ??
      orgs.find(([k]) => k.startsWith(`${first} `) && !k.includes(' and ') && groups.has(k));
    if (!home) continue;
    // Each mention written "A and B", B capitalised: "Boeing and Lockheed Corp".
    const cuts = g.items.map((f) => / and (?=\p{Lu})/u.exec(f.mention.text)?.index);
    if (cuts.some((c) => c === undefined)) continue;
    const seconds: Found[] = [];
    g.items.forEach((f, n) => {
      const at = cuts[n]!;
      const { text, start, end } = f.mention;
      const left = { text: text.slice(0, at), start, end: start + at };
      const right = { text: text.slice(at + 5), start: start + at + 5, end };
      home[1].items.push({ ...f, mention: left, key: home[0], name: undefined });
      const rightKey = normalizeEntityName(right.text);
      seconds.push({
        ...f,
        mention: right,
        key: rightKey,
        words: rightKey.split(' '),
        name: undefined,
      });
    });
    groups.delete(key);
    const second = normalizeEntityName(seconds[0].mention.text);
    const there = groups.get(second);
    if (there && there.kind === 'organization') there.items.push(...seconds);
    else if (!there)
      groups.set(second, {
        kind: 'organization',
        items: seconds,
        words: second.split(' '),
        initials: '',
        chinese: false,
      });
  }
}
