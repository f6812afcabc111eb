/**
 * Which article each page frame shows, so a change reaches only the frames it concerns and never
 * the frame that made it (no echo). A frame is registered by its `page:load` with the article URLs
 * whose annotations it was given; it moves on with its next `page:load` (a single-page app's
 * navigation) and is forgotten with its tab.
 *
 * Kept in memory and mirrored to a small store: an MV3 service worker is stopped when idle and
 * must still know, when it wakes, whom to tell.
 */
export interface FrameRef {
  tabId: number;
  frameId: number;
}

export interface RegistryStore {
  load(): Promise<Record<string, string[]> | undefined>;
  save(frames: Record<string, string[]>): Promise<void>;
}

export interface FrameRegistry {
  /** The frame now shows these article URLs (its own URL, its canonical alias, the stored article's). */
  register(frame: FrameRef, articleUrls: string[]): Promise<void>;
  forgetTab(tabId: number): Promise<void>;
  /** Frames showing `articleUrl` (every registered frame when it is undefined), except `except`. */
  framesFor(articleUrl: string | undefined, except?: FrameRef): Promise<FrameRef[]>;
}

const keyOf = ({ tabId, frameId }: FrameRef) => `${tabId}:${frameId}`;
const refOf = (key: string): FrameRef => {
  const [tabId, frameId] = key.split(':').map(Number);
  return { tabId, frameId };
};

export function createFrameRegistry(store: RegistryStore): FrameRegistry {
  let frames: Map<string, Set<string>> | null = null;
  let loading: Promise<Map<string, Set<string>>> | null = null;
  const current = () =>
    frames
      ? Promise.resolve(frames)
      : (loading ??= store.load().then((saved) => {
          frames ??= new Map(Object.entries(saved ?? {}).map(([k, urls]) => [k, new Set(urls)]));
          return frames;
        }));
  const persist = (map: Map<string, Set<string>>) =>
    store.save(Object.fromEntries([...map].map(([k, urls]) => [k, [...urls]])));

  return {
    async register(frame, articleUrls) {
      const map = await current();
      map.set(keyOf(frame), new Set(articleUrls));
      await persist(map);
    },
    async forgetTab(tabId) {
      const map = await current();
      let changed = false;
      for (const key of [...map.keys()])
        if (refOf(key).tabId === tabId) changed = map.delete(key) || changed;
      if (changed) await persist(map);
    },
    async framesFor(articleUrl, except) {
      const map = await current();
      const skip = except ? keyOf(except) : null;
      return [...map]
        .filter(([key, urls]) => key !== skip && (articleUrl === undefined || urls.has(articleUrl)))
        .map(([key]) => refOf(key));
    },
  };
}
