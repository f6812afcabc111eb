import type { TextMap } from '@/utils/page/anchoring';
import { startTextMap, type TextMapBuilder } from '@/utils/page/anchoring/text-map';
import { yieldToPage } from './yield-to-page';

/**
 * The page's text map, which anchoring and describing a selection both need. It costs a walk over
 * the whole body (hundreds of ms on a 5 MB page): built once, reused by every anchor and selection
 * until the page's DOM changes (invalidate). Ahead of a likely annotation it is built in short
 * slices (prepare), so the reader's keypress does not pay for the walk in one long task.
 */
export interface TextMapCache {
  /** The map of the page as it is now: the ready one, else built (or the walk under way finished) at once. */
  current(): TextMap;
  /** The page edited its own DOM: cached text offsets no longer hold. */
  invalidate(): void;
  /**
   * Starts building the map, in the slices of ready() from the next task on, unless it is ready or
   * under way: a selection was made, and a keypress may tag it at once (idle time could come later
   * than the keypress, which then walked the rest of the page in its own task).
   */
  prepare(): void;
  /**
   * The map, built now in short slices with the page's own tasks let in between: for restoring
   * marks on load, which cannot wait for idle time but should not block the page either (the
   * longest corpus page's first walk took 25–45 ms in Chromium, most of a 50 ms long task).
   */
  ready(): Promise<TextMap>;
}

/** One slice of the text map's walk: well under the 50 ms that makes a long task. */
const SLICE_MS = 8;
/** How often ready() lets a page that keeps editing its DOM restart the walk before it walks at once. */
const MAX_RESTARTS = 2;

export function createTextMapCache(doc: Document): TextMapCache {
  let textMap: TextMap | null = null;
  let building: TextMapBuilder | null = null;
  let preparing = false;
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
  const cache: TextMapCache = {
    current,
    invalidate() {
      textMap = null;
      building = null;
    },
    prepare() {
      if (readyMap() || preparing) return;
      preparing = true;
      void yieldToPage()
        .then(() => cache.ready())
        .finally(() => (preparing = false));
    },
    async ready() {
      let walk: TextMapBuilder | null = null;
      for (let restarts = 0; ;) {
        const map = readyMap();
        if (map) return map;
        // The page edited its DOM between two slices (invalidate): the walk starts over, a bounded
        // number of times.
        if (walk && builder() !== walk && ++restarts > MAX_RESTARTS) return current();
        walk = builder();
        const sliceEnds = performance.now() + SLICE_MS;
        if (walk.advance(() => performance.now() > sliceEnds)) return current();
        await yieldToPage();
      }
    },
  };
  return cache;
}
