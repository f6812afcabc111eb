import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Counts the walks over the page's body: the cost the cache exists to spare. */
const walks = vi.hoisted(() => ({ started: 0, slices: 0 }));
vi.mock('../../../utils/page/anchoring/text-map', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/page/anchoring/text-map')>();
  return {
    ...real,
    startTextMap: (root: Node) => {
      walks.started++;
      const builder = real.startTextMap(root);
      return {
        root: builder.root,
        advance: (stop: () => boolean) => (walks.slices++, builder.advance(stop)),
        finish: () => builder.finish(),
      };
    },
  };
});

const { createTextMapCache } = await import('../../../entrypoints/content/text-map-cache');

describe('TextMapCache: one walk over the page until the page changes', () => {
  beforeEach(() => {
    walks.started = 0;
    walks.slices = 0;
    vi.restoreAllMocks();
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

  /** A long page, and a clock that moves 5 ms each time it is read, so every slice ends early. */
  const longPageAndFastClock = () => {
    document.body.innerHTML = Array.from(
      { length: 2000 },
      (_, i) => `<p>Paragraph ${i} of the story, with <b>bold</b> words.</p>`,
    ).join('');
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
  };

  it('builds the map in slices, letting the page run between them, when marks are restored', async () => {
    longPageAndFastClock();
    const cache = createTextMapCache(document);
    let pageTasks = 0;
    const ticking = setInterval(() => pageTasks++, 0);
    const map = await cache.ready();
    clearInterval(ticking);
    expect(walks.started).toBe(1);
    expect(walks.slices).toBeGreaterThan(3);
    expect(pageTasks).toBeGreaterThan(0);
    expect(map.text).toContain('Paragraph 1999 of the story, with bold words.');
    expect(cache.current()).toBe(map);
    expect(await cache.ready()).toBe(map); // ready already: no walk, no wait
    expect(walks.started).toBe(1);
  });

  it('starts over when the page edits its DOM between slices, and ends with the page as it is', async () => {
    longPageAndFastClock();
    const cache = createTextMapCache(document);
    const ready = cache.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.body.insertAdjacentHTML('beforeend', '<p>A correction was appended.</p>');
    cache.invalidate();
    const map = await ready;
    expect(walks.started).toBe(2);
    expect(map.text).toContain('A correction was appended.');
  });

  it('walks at once rather than forever when the page keeps editing its DOM', async () => {
    longPageAndFastClock();
    const cache = createTextMapCache(document);
    const editing = setInterval(() => {
      document.body.insertAdjacentHTML('beforeend', '<p>Live update.</p>');
      cache.invalidate();
    }, 0);
    const map = await cache.ready();
    clearInterval(editing);
    expect(walks.started).toBeLessThanOrEqual(4);
    expect(map.text).toContain('Live update.');
  });
});
