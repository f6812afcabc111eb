/**
 * "Susan G. Komen" beside the "Susan G. Komen Foundation": a charity or a fund named after a
 * person is often called by that person's name alone ("Komen, which appears…", "Komen’s
 * three-day event"). When the article names such a body and nothing says the person-shaped name
 * is a person (a title, a saying verb, a role), it is the body.
 */
import type { Found, Group } from './groups';
import { ORG_HEADS } from './lexicon';

export function foldNamesakes(groups: Map<string, Group>, text: string): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of [...groups]) {
    if (g.kind !== 'person' || !key.includes(' ')) continue;
    const body = orgs
      .filter(([k]) => k.startsWith(key + ' ') && ORG_HEADS.has(k.slice(k.lastIndexOf(' ') + 1)))
      .sort(([a], [b]) => a.length - b.length)[0];
    if (!body || g.items.some((f) => personal(f, text))) continue;
    body[1].items.push(...g.items.map((f) => ({ ...f, kind: 'organization' as const })));
    groups.delete(key);
  }
}

/** What only a person does or is called: a saying verb after the name, an honorific before it. */
const SAYS = /^['’]?s?\s+(?:said|says|told|added|wrote|asked|explained|recalled)\b/u;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$/u;

const personal = (f: Found, text: string) =>
  f.personal ||
  f.roleCued ||
  SAYS.test(text.slice(f.mention.end, f.mention.end + 12)) ||
  HONORIFIC.test(text.slice(Math.max(0, f.mention.start - 6), f.mention.start));

/** An award's own word after a name: "the Heisman Trophy", "a Varlen Prize". */
const AWARD = /^\s+(?:Trophy|Award|Prize|Medal|Cup)\b/u;

/**
 * "won the Heisman", "the Heisman and Twitter": a trophy named after a person is called by that
 * name alone. A name the article also writes before an award's word is the award, which is no
 * organisation; an acronym may be the body that gives it ("the FA" and the "FA Cup").
 */
export function dropAwardNames(groups: Map<string, Group>, text: string): void {
  for (const [key, g] of [...groups]) {
    const name = g.items[0].mention.text;
    if (g.kind !== 'organization' || /^\p{Lu}{2,}$/u.test(name)) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      if (AWARD.test(text.slice(i + name.length, i + name.length + 8))) {
        groups.delete(key);
        break;
      }
  }
}
