/**
 * Cheap prefilter before the edit-distance search: where in a long text could an edited quote be?
 * Pieces of the quote are looked up verbatim, and each occurrence votes for where the quote would
 * start if that piece were intact. Places where several different pieces agree become windows for
 * approx-string-match, so Myers' algorithm runs over a few hundred characters instead of the whole
 * page. An edit breaks only the pieces it touches.
 */
import { forEachSampledGram, GRAM, gramIndexFor, lookup } from './gram-index';

/** Pieces are tracked in a 31-bit mask. */
const MAX_PIECES = 31;
/** Fewer sampled grams than this (short quotes): fall back to evenly spaced pieces and indexOf. */
const MIN_SAMPLED = 4;
const MAX_SPACED_PIECES = 6;
const MAX_WINDOWS = 6;

export interface Window {
  start: number;
  end: number;
}

/** A piece of the quote: its offset in the quote and where it occurs in [from, to) of the text. */
type Piece = { offset: number; hits: ArrayLike<number> };

function sampledPieces(text: string, quote: string, from: number, to: number): Piece[] {
  const grams: { offset: number; hash: number }[] = [];
  forEachSampledGram(quote, (offset, hash) => grams.push({ offset, hash }));
  if (grams.length < MIN_SAMPLED) return [];
  const step = grams.length / Math.min(MAX_PIECES, grams.length);
  const index = gramIndexFor(text);
  const pieces: Piece[] = [];
  for (let i = 0; i < grams.length; i += step) {
    const { offset, hash } = grams[Math.floor(i)];
    const all = lookup(index, hash);
    if (from === 0 && to === text.length) {
      pieces.push({ offset, hits: all });
      continue;
    }
    const hits: number[] = [];
    for (let h = 0; h < all.length; h++) if (all[h] >= from && all[h] < to) hits.push(all[h]);
    pieces.push({ offset, hits });
  }
  return pieces;
}

function spacedPieces(text: string, quote: string, from: number, to: number): Piece[] {
  const len = Math.max(4, Math.min(GRAM, Math.floor(quote.length / 4)));
  const count = Math.min(MAX_SPACED_PIECES, Math.floor(quote.length / len));
  const stride = Math.floor(quote.length / count);
  // A copy of the region, so indexOf stops at its end instead of running on through the page.
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  const pieces: Piece[] = [];
  for (let p = 0; p < count; p++) {
    const piece = quote.slice(p * stride, p * stride + len);
    const hits: number[] = [];
    for (let at = hay.indexOf(piece); at !== -1; at = hay.indexOf(piece, at + 1))
      hits.push(from + at);
    pieces.push({ offset: p * stride, hits });
  }
  return pieces;
}

/** Windows that could hold `quote`, looking only at text in [from, to). */
export function candidateWindows(
  text: string,
  quote: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): Window[] {
  let pieces = sampledPieces(text, quote, from, to);
  if (pieces.length === 0) pieces = spacedPieces(text, quote, from, to);
  if (pieces.length < 2) return [];
  // A piece found more often than this (per 4 K characters, at least 40) says little about where
  // the quote is.
  const maxHits = Math.max(40, Math.ceil((to - from) / 4096));
  // Wide enough that the shift an edit causes moves a piece's vote at most one bucket over.
  const bucket = Math.max(32, maxErrors);

  const votes = new Map<number, number>();
  pieces.forEach(({ offset, hits }, p) => {
    if (hits.length > maxHits) return;
    for (let i = 0; i < hits.length; i++) {
      const key = Math.floor(Math.max(0, hits[i] - offset) / bucket);
      votes.set(key, (votes.get(key) ?? 0) | (1 << p));
    }
  });

  const needed = Math.max(2, Math.ceil(pieces.length / 4));
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
    // Neighbouring pairs overlap; one window covers both, as far as either reaches (a phrase the
    // quote repeats can pull the best-voted window a little off the quote's real place).
    const overlapping = windows.find((w) => start < w.end && end > w.start);
    if (overlapping) {
      overlapping.start = Math.min(overlapping.start, start);
      overlapping.end = Math.max(overlapping.end, end);
      continue;
    }
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
