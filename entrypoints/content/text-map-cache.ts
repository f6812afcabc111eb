import type { TextMap } from '@/utils/page/anchoring';
import { startTextMap, type TextMapBuilder } from '@/utils/page/anchoring/text-map';
import { promptSlicer } from './yield-to-page';

/**
 * The page's text map, which anchoring and describing a selection both need. It costs a walk over
 * the whole body (hundreds of ms on a 5 MB page): built once, reused by every anchor and selection
 * until the page's DOM changes (invalidate). Ahead of a likely annotation it is built in idle
 * slices (prepare), so the reader's keypress does not pay for the walk in one long task.
 */
export interface TextMapCache {
  /** The map of the page as it is now: the ready one, else built (or its idle build finished) at once. */
  current(): TextMap;
  /** The page edited its own DOM: cached text offsets no longer hold. */
  invalidate(): void;
  /** Starts building the map in idle slices, unless it is ready or already under way. */
  prepare(): void;
  /**
   * The map, built now in short slices with the page's own tasks let in between: for restoring
   * marks on load, which cannot wait for idle time but should not block the page either (the
   * longest corpus page's first walk took 25–45 ms in Chromium, most of a 50 ms long task).
   */
  ready(): Promise<TextMap>;
}

/** One slice of the text map's walk (idle or not): well under the 50 ms that makes a long task. */
const SLICE_MS = 8;
/** How often ready() lets a page that keeps editing its DOM restart the walk before it walks at once. */
const MAX_RESTARTS = 2;
const whenIdle = (task: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 1000 })
    : (setTimeout(task, 0) as unknown as number);

export function createTextMapCache(doc: Document): TextMapCache {
  let textMap: TextMap | null = null;
  let building: TextMapBuilder | null = null;
  let idleSlice: number | null = null;
  const readyMap = () => (textMap?.root === doc.body ? textMap : null);
  const builder = () =>
    building?.root === doc.body ? building : (building = startTextMap(doc.body));
  const current = (): TextMap => {
    const ready = readyMap();
    if (ready) return ready;
    textMap = builder().finish();
    building = null;
    return textMap;
  };
  const buildWhenIdle = () => {
    idleSlice = null;
    if (readyMap()) return;
    const sliceEnds = performance.now() + SLICE_MS;
    if (builder().advance(() => performance.now() > sliceEnds)) current();
    else idleSlice = whenIdle(buildWhenIdle);
  };
  return {
    current,
    invalidate() {
      textMap = null;
      building = null;
    },
    prepare() {
      if (!readyMap() && idleSlice === null) idleSlice = whenIdle(buildWhenIdle);
    },
    async ready() {
      const slicer = promptSlicer(SLICE_MS);
      let walk: TextMapBuilder | null = null;
      for (let restarts = 0; ;) {
        const map = readyMap();
        if (map) return map;
        // The page edited its DOM between two slices (invalidate): the walk starts over, a bounded
        // number of times.
        if (walk && builder() !== walk && ++restarts > MAX_RESTARTS) return current();
        walk = builder();
        if (walk.advance(slicer.spent)) return current();
        await slicer.next();
      }
    },
  };
}
