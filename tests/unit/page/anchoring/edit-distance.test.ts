import { describe, expect, it } from 'vitest';
import { alignedDistance } from '../../../../utils/page/anchoring/edit-distance';

/** Plain Levenshtein, the definition alignedDistance must agree with. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
      );
  return d[a.length][b.length];
}

describe('alignedDistance', () => {
  it('agrees with Levenshtein on edits anywhere in a sentence', () => {
    const s =
      'Officials said cargo volumes had fallen by a third during the closure of the north terminal.';
    const edits = [
      s,
      s.replace('fallen', 'dropped'),
      s.replace('a third', 'one third'),
      s.replace('Officials', 'Port officials'),
      s.replace('terminal.', 'terminal'),
      s.replace('cargo volumes', 'volumes'),
      s.replace(/ /g, '  '),
      '',
      'x',
    ];
    for (const e of edits) expect(alignedDistance(s, e)).toBe(levenshtein(s, e));
  });

  it('counts only the differing core, and gives up (null) when that core is huge', () => {
    expect(alignedDistance('abcXYZdef', 'abcQdef')).toBe(3);
    const a = 'a' + 'x'.repeat(300) + 'b';
    const b = 'a' + 'y'.repeat(300) + 'b';
    expect(alignedDistance(a, b)).toBeNull();
  });
});
