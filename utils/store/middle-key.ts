/*
 * A key about halfway between two keys, from the two keys alone: where a whole-library export splits
 * its annotations between the page and a worker (utils/store/export-reads.ts). Finding the true
 * middle means walking half the keys (~0.5 s at 100,000 in Chromium, as long as a fifth of the
 * export); ids made by crypto.randomUUID() are spread evenly, so the middle of their range is close.
 * Any key splits correctly: a poor guess only makes one side's share larger.
 */

const HEX = '0123456789abcdef';
/** Characters after the common prefix read as digits: enough to split 100,000 keys finely. */
const WIDTH = 6;

/**
 * A key k with low <= k <= high (for low < high), about `share` of the way from low to high (half,
 * unless told) if keys are spread evenly between them.
 */
export function middleKey(low: string, high: string, share = 0.5): string {
  let prefix = 0;
  while (prefix < low.length && low[prefix] === high[prefix]) prefix++;
  const [a, b] = [low.slice(prefix), high.slice(prefix)];
  // Lower-case hex (UUIDs): its digits are not contiguous code units ('9' then 'a'), so read them as hex.
  const hex = /^[0-9a-f]/.test(a) && /^[0-9a-f]/.test(b);
  const base = hex ? 16 : 128;
  const digit = (s: string, i: number) => {
    if (i >= s.length) return 0;
    if (hex) return Math.max(0, HEX.indexOf(s[i]));
    return Math.min(s.charCodeAt(i), base - 1);
  };
  // The first WIDTH digits, or fewer when a hex key's run of digits ends (a UUID's '-').
  let width = 0;
  while (
    width < WIDTH &&
    (!hex || (HEX.includes(a[width] ?? '0') && HEX.includes(b[width] ?? '0')))
  )
    width++;
  let from = 0;
  let to = 0;
  for (let i = 0; i < width; i++) {
    from = from * base + digit(a, i);
    to = to * base + digit(b, i);
  }
  // The point `share` of the way, written back digit by digit from the last.
  let point = Math.floor(from + (to - from) * share);
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    const d = point % base;
    out.unshift(hex ? HEX[d] : String.fromCharCode(d));
    point = Math.floor(point / base);
  }
  const middle = low.slice(0, prefix) + out.join('');
  return middle < low ? low : middle > high ? high : middle;
}
