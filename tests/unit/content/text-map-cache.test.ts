import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Counts the walks over the page's body: the cost the cache exists to spare. */
const walks = vi.hoisted(() => ({ started: 0 }));
vi.mock('../../../utils/page/anchoring/text-map', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/page/anchoring/text-map')>();
  return {
    ...real,
    startTextMap: (root: Node) => {
      walks.started++;
      return real.startTextMap(root);
    },
  };
});

const { createTextMapCache } = await import('../../../entrypoints/content/text-map-cache');

describe('TextMapCache: one walk over the page until the page changes', () => {
  beforeEach(() => {
    walks.started = 0;
    document.body.innerHTML = '<p>The ministry said 18 firms were built.</p>';
  });

  it('builds the map once and reuses it until the page edits its DOM', () => {
    const cache = createTextMapCache(document);
    const first = cache.current();
    expect(first.text).toContain('18 firms');
    expect(cache.current()).toBe(first);
    expect(walks.started).toBe(1);
    document.querySelector('p')!.textContent = 'The ministry said 16 new firms were built.';
    cache.invalidate();
    const second = cache.current();
    expect(second).not.toBe(first);
    expect(second.text).toContain('16 new firms');
    expect(walks.started).toBe(2);
  });

  it('builds ahead in idle time when asked to prepare, so the next use does not walk', async () => {
    const cache = createTextMapCache(document);
    cache.prepare();
    cache.prepare(); // already under way: no second build
    expect(walks.started).toBe(0); // nothing runs before the page is idle
    await vi.waitFor(() => expect(walks.started).toBe(1));
    // current() takes over the walk begun in idle time (finished or not) rather than starting another.
    const map = cache.current();
    expect(map.text).toContain('18 firms');
    expect(walks.started).toBe(1);
  });
});
