import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenFirstShown } from '../../../entrypoints/card/claim';

/** An IntersectionObserver the test drives: `show(true)` puts the observed document on screen. */
function stubObserver() {
  const observers: { callback: IntersectionObserverCallback; on: boolean }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: { callback: IntersectionObserverCallback; on: boolean };
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, on: true };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.on = false;
      }
    },
  );
  return (shown: boolean) => {
    for (const o of observers)
      if (o.on)
        o.callback(
          [{ isIntersecting: shown } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        );
  };
}

describe('whenFirstShown: a card loaded ahead, hidden, does not count its wait for a token', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits while the card is not on screen, and answers once, at its first sight', () => {
    const show = stubObserver();
    const seen = vi.fn();
    whenFirstShown(seen);
    show(false);
    expect(seen).not.toHaveBeenCalled();
    show(true);
    show(true);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('says nothing once stopped (the card got its token first)', () => {
    const show = stubObserver();
    const seen = vi.fn();
    const stop = whenFirstShown(seen);
    stop();
    show(true);
    expect(seen).not.toHaveBeenCalled();
  });

  it('counts from the start where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const seen = vi.fn();
    whenFirstShown(seen);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
