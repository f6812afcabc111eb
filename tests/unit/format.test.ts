import { describe, expect, it } from 'vitest';
import { withThousands } from '../../utils/format';

describe('withThousands', () => {
  it('writes numbers as en-US does, without Intl', () => {
    for (const n of [
      0, 7, 999, 1000, 8192, 65_536, 100_000, 1_234_567, 10_000_000, -4500, 12.5, 1234.75,
    ])
      expect(withThousands(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  });
});
