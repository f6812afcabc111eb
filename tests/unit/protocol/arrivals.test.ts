// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createArrivals } from '../../../utils/protocol/arrivals';

describe('arrivals', () => {
  it('a waiter resolves when its record arrives, and forgets it', async () => {
    const a = createArrivals();
    const w = a.wait('x', 10_000);
    a.arrived('y');
    expect(a.pending).toBe(1);
    a.arrived('x');
    await w.done;
    expect(a.pending).toBe(0);
  });

  it('a waiter gives up after its timeout, and a cancel ends it early', async () => {
    vi.useFakeTimers();
    try {
      const a = createArrivals();
      const late = a.wait('x', 500);
      let settled = false;
      late.done.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(499);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      const cancelled = a.wait('y', 500);
      cancelled.cancel();
      await cancelled.done;
      expect(a.pending).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
