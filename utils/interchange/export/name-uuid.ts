/*
 * Name-based UUIDs: the same names always give the same UUID, so an export built twice from the
 * same records at the same moment names its collection the same way (and tests can compare files).
 * RFC 9562 §5.8 (version 8, "custom") covers UUIDs whose bits an application derives itself; a
 * 128-bit non-cryptographic hash is enough to tell collections apart — nothing here is a secret.
 */

const SEEDS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];

/** Four independent 32-bit FNV-1a style lanes, each finished with a murmur3 avalanche. */
function hash128(text: string): number[] {
  const lanes = SEEDS.map((seed) => seed ^ 0x811c9dc5);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < 4; k++) lanes[k] = Math.imul(lanes[k] ^ c, 0x01000193 + 2 * k);
  }
  return lanes.map((h, k) => {
    h ^= lanes[(k + 1) % 4] >>> 7;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  });
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** A version-8 UUID derived from the names (joined with a separator no name contains: U+0000). */
export function nameUuid(...names: string[]): string {
  return nameUuidOf(names);
}

/**
 * nameUuid for a list of any length: a library's export names its collection after every
 * annotation, and spreading 200,000 names into a call overflows V8's stack.
 */
export function nameUuidOf(names: readonly string[]): string {
  const [a, b, c, d] = hash128(names.join('\u0000'));
  const h = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
