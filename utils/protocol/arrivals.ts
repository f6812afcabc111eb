/**
 * Waiting for a record that is about to be written. The card of a new annotation is opened at the
 * reader's click, while the page is still saving it; the background answers the card as soon as
 * the write lands, rather than making the card poll or the reader wait for the save first.
 */
export function createArrivals() {
  const waiting = new Map<string, Set<() => void>>();
  return {
    /** Resolves when `arrived(id)` is called, or after `timeoutMs` (the caller then looks again and gives up). */
    wait(id: string, timeoutMs: number): { done: Promise<void>; cancel(): void } {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const timer = setTimeout(() => cancel(), timeoutMs);
      const waiters = waiting.get(id) ?? new Set();
      waiting.set(id, waiters);
      waiters.add(finish);
      function cancel() {
        clearTimeout(timer);
        waiters.delete(finish);
        if (waiters.size === 0 && waiting.get(id) === waiters) waiting.delete(id);
        finish();
      }
      done.then(() => clearTimeout(timer));
      return { done, cancel };
    },
    arrived(id: string): void {
      const waiters = waiting.get(id);
      waiting.delete(id);
      for (const finish of waiters ?? []) finish();
    },
    get pending() {
      return waiting.size;
    },
  };
}

export type Arrivals = ReturnType<typeof createArrivals>;
