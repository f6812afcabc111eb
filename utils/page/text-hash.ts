// One definition of "whitespace-collapsed" for the page's text, quotes and hashes alike.
import { collapseWhitespace } from './anchoring/whitespace';

/**
 * A fingerprint of an article's text, so Gloss can notice that a saved article was edited since.
 * The text is whitespace-collapsed and NFC-normalized first, so re-indented markup or a composed
 * vs decomposed "é" does not count as an edit.
 *
 * cyrb53 (bryc, public domain: https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js):
 * a 53-bit non-cryptographic hash, synchronous and dependency-free, as 14 hex digits. It is for
 * noticing edits, NOT for security: anyone can craft two texts with the same hash. (Web Crypto's
 * SHA-256 would be async, which every caller would then have to await, for no benefit here.)
 */
export function hashText(text: string, seed = 0): string {
  const s = collapseWhitespace(text).normalize('NFC');
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
