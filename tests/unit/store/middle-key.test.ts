// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { middleKey } from '../../../utils/store/middle-key';

/** The share of `keys` below `key`. */
const shareBelow = (keys: string[], key: string) =>
  keys.filter((k) => k < key).length / keys.length;

describe('middleKey', () => {
  it('splits ids made by crypto.randomUUID() about in half, from the lowest and highest alone', () => {
    for (let round = 0; round < 5; round++) {
      const ids = Array.from({ length: 20_000 }, () => crypto.randomUUID()).sort();
      const middle = middleKey(ids[0], ids.at(-1)!);
      expect(shareBelow(ids, middle)).toBeGreaterThan(0.47);
      expect(shareBelow(ids, middle)).toBeLessThan(0.53);
    }
  });

  it('goes a given share of the way: 0.55 leaves about 55 % of evenly spread ids below it', () => {
    const ids = Array.from({ length: 20_000 }, () => crypto.randomUUID()).sort();
    const share = shareBelow(ids, middleKey(ids[0], ids.at(-1)!, 0.55));
    expect(share).toBeGreaterThan(0.52);
    expect(share).toBeLessThan(0.58);
    expect(middleKey('00', 'ff', 0)).toBe('000000');
    expect(middleKey('00', 'ff', 1)).toBe('ff');
  });

  it('reads hex as hex: between "0…" and "f…" the middle is "7…", not a letter after the digits', () => {
    expect(middleKey('00000000-aaaa', 'ffffffff-bbbb')).toMatch(/^7fffff/);
    expect(middleKey('3a000000', '3a800000')).toBe('3a400000');
  });

  it('splits other keys between the two, after their common prefix', () => {
    const low = 'hyp-AbCdEf0123';
    const high = 'hyp-zz99';
    const middle = middleKey(low, high);
    expect(middle > low && middle < high).toBe(true);
    expect(middle.startsWith('hyp-')).toBe(true);
    // Evenly spread keys of a 64-character alphabet: roughly half on each side.
    const alphabet = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const keys = Array.from({ length: 10_000 }, () =>
      Array.from({ length: 22 }, () => alphabet[Math.floor(random() * 64)]).join(''),
    ).sort();
    const share = shareBelow(keys, middleKey(keys[0], keys.at(-1)!));
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });

  it('stays within the two keys when they are equal or one is the other with more after it', () => {
    expect(middleKey('id-5', 'id-5')).toBe('id-5');
    const middle = middleKey('id', 'id-99');
    expect(middle >= 'id' && middle <= 'id-99').toBe(true);
  });
});
