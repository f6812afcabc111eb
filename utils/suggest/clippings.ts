/**
 * A clipped name: "the Fed" for the Federal Reserve, "the Met" for the Metropolitan Museum. News
 * shortens a body's two-word name to the start of its first word and writes it with "the"; when
 * the article also names the body in full, the clipping is a mention of it, not a second body.
 * A team's plural nickname is clipped the same way, keeping its plural: "the Nats" for the
 * Washington Nationals, "the Cards" for the St. Louis Cardinals.
 */
import type { Mention } from './types';
import type { Group } from './merge';

/** Shorter than this, a word's start is too common to be a clipping ("Ca", "Me"). */
const MIN_CLIP = 3;
/** A grouping key's country: "us federal reserve". */
const COUNTRY = /^(?:us|uk) (?=\S+ \S)/;

export function foldClippings<T extends { mention: Mention }>(groups: Map<string, Group<T>>): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    if (key.includes(' ') || key.length < MIN_CLIP) continue;
    // Only a two-word name: "Fed" is not the "Federal Open Market Committee" (FOMC). A country
    // before it ("U.S. Federal Reserve") says whose the body is; the clipping leaves it out.
    const full = orgs.filter(([k]) => {
      const words = k.replace(COUNTRY, '').split(' ');
      return (
        (words.length === 2 && words[0].length > key.length && words[0].startsWith(key)) ||
        (k !== key && clippedPlural(key, words))
      );
    });
    if (full.length !== 1) continue;
    full[0][1].items.push(...g.items);
    groups.delete(key);
  }
}

/** "nats" of "washington nationals", "mavs" of "mavericks": a plural whose start begins the last word, a plural too. */
function clippedPlural(key: string, words: string[]): boolean {
  const stem = key.slice(0, -1);
  const last = words[words.length - 1];
  return (
    key.endsWith('s') &&
    stem.length >= MIN_CLIP &&
    last.endsWith('s') &&
    last.length > key.length + 1 &&
    last.startsWith(stem)
  );
}

/**
 * "Centers for Disease Control" (or "U.S. Centers for Disease Control") beside "Centers for Disease
 * Control and Prevention": a body's name cut before its last "and …", with or without its
 * country, is the same body when the article gives the whole name once.
 */
export function foldShortenedNames<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    const bare = key.replace(/^(?:u\.?s\.?|u\.?k\.?)\s+/, '');
    if (!bare.includes(' ')) continue;
    const cut = (k: string) =>
      k.startsWith(`${bare} and `) && !k.slice(bare.length + 5).includes(' ');
    const whole = orgs.filter(([k]) => k !== key && groups.has(k) && cut(k));
    if (whole.length !== 1) continue;
    whole[0][1].items.push(...g.items);
    groups.delete(key);
  }
}

/**
 * "the Balad party" beside "the Balad Party": a name whose mention the article follows with the
 * head of a longer name, in lower case, is that name written so; so is one that opens the longer
 * name ("the Justice party" beside "Justice & Development Party") when only one does.
 */
export function foldLowerHeads<T extends { mention: Mention }>(
  groups: Map<string, Group<T>>,
  text: string,
): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    const next = g.items.map((f) => /^\s+(\p{Ll}+)\b/u.exec(text.slice(f.mention.end))?.[1]);
    const longer = (k: string, w?: string) =>
      !!w && k !== key && groups.has(k) && k.startsWith(`${key} `) && k.endsWith(` ${w}`);
    const exact = orgs.find(([k]) => next.some((w) => longer(k, w) && k === `${key} ${w}`));
    const opened = orgs.filter(([k]) => next.some((w) => longer(k, w)));
    const home = exact ?? (opened.length === 1 ? opened[0] : undefined);
    if (!home) continue;
    home[1].items.push(...g.items);
    groups.delete(key);
  }
}
