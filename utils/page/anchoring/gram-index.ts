/**
 * A sparse index of a page's 8-character substrings ("grams"), built once per text and reused for
 * every quote, so finding where an edited quote could be costs a few lookups instead of a pass over
 * the page per piece. Which grams are indexed depends only on their content (about one position
 * in eight, chosen by hash), so the same grams get picked in a quote as in the page, in any script:
 * no word boundaries are assumed.
 */

export const GRAM = 8;
const SAMPLE_MASK = 7;
const BASE = 0x01000193;
/** BASE ** GRAM mod 2^32: removes the character leaving the rolling window. */
const BASE_POW = (() => {
  let p = 1;
  for (let i = 0; i < GRAM; i++) p = Math.imul(p, BASE);
  return p;
})();

/** Final mix, so sampling does not follow the rolling hash's weak low bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Calls `visit(offset, hash)` for each sampled gram of `s`, in order. */
export function forEachSampledGram(s: string, visit: (offset: number, hash: number) => void): void {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    if (i >= GRAM) h = (h - Math.imul(s.charCodeAt(i - GRAM), BASE_POW)) | 0;
    if (i >= GRAM - 1) {
      const m = mix(h);
      if ((m & SAMPLE_MASK) === 0) visit(i - GRAM + 1, m);
    }
  }
}

export interface GramIndex {
  /** Hash-table slots in CSR form: entries of slot s are [slotStart[s], slotStart[s + 1]). */
  slotStart: Uint32Array;
  hashes: Uint32Array;
  positions: Uint32Array;
  mask: number;
}

function build(text: string): GramIndex {
  const hs: number[] = [];
  const ps: number[] = [];
  forEachSampledGram(text, (at, hash) => {
    hs.push(hash);
    ps.push(at);
  });
  let size = 1;
  while (size < hs.length) size <<= 1;
  const mask = size - 1;
  const slotStart = new Uint32Array(size + 1);
  for (const h of hs) slotStart[((h >>> 3) & mask) + 1]++;
  for (let s = 0; s < size; s++) slotStart[s + 1] += slotStart[s];
  const fill = slotStart.slice(0, size);
  const hashes = new Uint32Array(hs.length);
  const positions = new Uint32Array(hs.length);
  for (let i = 0; i < hs.length; i++) {
    const at = fill[(hs[i] >>> 3) & mask]++;
    hashes[at] = hs[i];
    positions[at] = ps[i];
  }
  return { slotStart, hashes, positions, mask };
}

/** Where the gram with this hash occurs, in increasing order. */
export function lookup(index: GramIndex, hash: number): Uint32Array {
  const slot = (hash >>> 3) & index.mask;
  const from = index.slotStart[slot];
  const to = index.slotStart[slot + 1];
  let n = 0;
  const out = new Uint32Array(to - from);
  for (let i = from; i < to; i++) if (index.hashes[i] === hash) out[n++] = index.positions[i];
  return out.subarray(0, n);
}

// One page is anchored at a time: remembering the last text makes "build once per page" automatic.
let last: { text: string; index: GramIndex } | null = null;

export function gramIndexFor(text: string): GramIndex {
  if (last?.text !== text) last = { text, index: build(text) };
  return last.index;
}
