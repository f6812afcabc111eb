/**
 * Levenshtein distance between two strings that are already aligned at both ends: the common
 * prefix and suffix are stripped first (which never changes the distance), so a one-word edit in a
 * 200-character quote costs a DP over the few differing characters only. Returns null when the
 * differing cores are too large to be worth it here (the caller falls back to Myers).
 */
const MAX_CELLS = 40_000;

export function alignedDistance(a: string, b: string): number | null {
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0 || y.length === 0) return x.length + y.length;
  if (x.length * y.length > MAX_CELLS) return null;
  let prev = new Uint32Array(y.length + 1);
  let row = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    row[0] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(
        prev[j - 1] + (y.charCodeAt(j - 1) === c ? 0 : 1),
        prev[j] + 1,
        row[j - 1] + 1,
      );
    }
    [prev, row] = [row, prev];
  }
  return prev[y.length];
}
