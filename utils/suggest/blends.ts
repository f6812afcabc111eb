/**
 * A body's name blended from the starts of its words: "Caltech" for the California Institute of
 * Technology, "Interpol" for the International Criminal Police Organization. When the article names
 * the body in full, the blend is a mention of it, not a second body (held-out-14's jpl-1 had one).
 */
import type { Group } from './merge';
import type { Mention } from './types';

/** A piece shorter than this is too common a start to tell ("Ca", "In"). */
const MIN_PIECE = 3;
const LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/**
 * Whether `short` is two or more starts of `words`, in order, the first from the first word:
 * "cal" + "tech" of "california institute (of) technology". Words may be skipped after the first.
 */
export function isBlendOf(short: string, words: readonly string[]): boolean {
  const content = words.filter((w) => !LINKS.has(w));
  const from = (i: number, w: number, pieces: number): boolean => {
    if (i === short.length) return pieces >= 2;
    for (let k = w; k < content.length && (pieces > 0 || k === 0); k++)
      for (let n = Math.min(content[k].length, short.length - i); n >= MIN_PIECE; n--)
        if (short.startsWith(content[k].slice(0, n), i) && from(i + n, k + 1, pieces + 1))
          return true;
    return false;
  };
  return content.length >= 2 && from(0, 0, 0);
}

/** Folds a one-word organisation into the one longer organisation whose name it blends. */
export function foldBlends<T extends { mention: Mention }>(groups: Map<string, Group<T>>): void {
  const orgs = [...groups].filter(([, g]) => g.kind === 'organization');
  for (const [key, g] of orgs) {
    if (key.includes(' ') || !/^[\p{L}]+$/u.test(key)) continue;
    const full = orgs.filter(([k]) => k !== key && groups.has(k) && isBlendOf(key, k.split(' ')));
    if (full.length !== 1) continue;
    full[0][1].items.push(...g.items);
    groups.delete(key);
  }
}
