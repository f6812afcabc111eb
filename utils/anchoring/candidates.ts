/**
 * Cheap prefilter before the edit-distance search: where in a long text could an edited quote be?
 * Short pieces of the quote are looked up verbatim (String#indexOf is native and fast); each
 * occurrence votes for where the quote would start if that piece were intact. Places where several
 * different pieces agree become windows for approx-string-match, so Myers' algorithm runs over a
 * few hundred characters instead of the whole page. An edit breaks only the pieces it touches.
 */

// Each piece costs one indexOf pass over the whole text: the dominant cost for orphans.
const MAX_PIECES = 6;
/**
 * A piece found more often than this (per 4 K characters of text, at least 40) says little about
 * where the quote is; its votes are dropped.
 */
const OCCURRENCES_PER_4K = 1;
const MAX_WINDOWS = 6;

export interface Window {
  start: number;
  end: number;
}

function pieceLength(quoteLength: number): number {
  return Math.max(4, Math.min(8, Math.floor(quoteLength / 4)));
}

export function candidateWindows(text: string, quote: string, maxErrors: number): Window[] {
  const len = pieceLength(quote.length);
  const count = Math.min(MAX_PIECES, Math.floor(quote.length / len));
  if (count < 2) return [];
  const stride = Math.floor(quote.length / count);
  // Wide enough that the shift an edit causes moves a piece's vote at most one bucket over.
  const bucket = Math.max(32, maxErrors);

  const maxOccurrences = Math.max(40, Math.ceil((text.length * OCCURRENCES_PER_4K) / 4096));
  const votes = new Map<number, number>();
  const seen = new Set<string>();
  for (let p = 0; p < count; p++) {
    const offset = p * stride;
    const piece = quote.slice(offset, offset + len);
    if (seen.has(piece)) continue;
    seen.add(piece);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1 && hits.length <= maxOccurrences; at = text.indexOf(piece, at + 1)) {
      hits.push(at);
    }
    if (hits.length > maxOccurrences) continue;
    for (const at of hits) {
      const key = Math.floor(Math.max(0, at - offset) / bucket);
      votes.set(key, (votes.get(key) ?? 0) | (1 << p));
    }
  }

  const needed = Math.max(2, Math.ceil(count / 4));
  const ranked: { key: number; votes: number }[] = [];
  for (const [key, mask] of votes) {
    // Pairs of neighbouring buckets, so a quote straddling a bucket edge is not split in two.
    const n = bitCount(mask | (votes.get(key + 1) ?? 0));
    if (n >= needed) ranked.push({ key, votes: n });
  }
  ranked.sort((a, b) => b.votes - a.votes);

  const windows: Window[] = [];
  for (const { key } of ranked) {
    const start = Math.max(0, key * bucket - maxErrors);
    const end = Math.min(text.length, (key + 2) * bucket + quote.length + maxErrors);
    // Neighbouring pairs overlap; one window covers both.
    if (windows.some((w) => start < w.end && end > w.start)) continue;
    windows.push({ start, end });
    if (windows.length === MAX_WINDOWS) break;
  }
  return windows;
}

function bitCount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}
