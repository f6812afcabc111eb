/**
 * Keeps Chrome's offscreen document (chrome.offscreen, reason DOM_PARSER) open while it has work:
 * created on the first request, shared by concurrent ones, closed once it has been idle for
 * `idleMs`. Chrome allows one offscreen document per extension, and it outlives a stopped service
 * worker, so a new worker first asks whether one exists. The browser API is passed in (tests fake it).
 */
export interface OffscreenApi {
  exists(): Promise<boolean>;
  create(): Promise<void>;
  close(): Promise<void>;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createOffscreenKeeper(
  api: OffscreenApi,
  idleMs = 15_000,
  timers: Timers = realTimers,
) {
  let ready: Promise<void> | null = null;
  let closing: Promise<void> = Promise.resolve();
  let busy = 0;
  let idle: unknown = null;

  const open = async () => {
    await closing; // a close still under way would take the document we are about to use
    if (!(await api.exists())) await api.create();
  };

  const closeWhenIdle = () => {
    idle = timers.set(() => {
      idle = null;
      ready = null;
      closing = api.close().catch(() => {}); // already gone: nothing to close
    }, idleMs);
  };

  return {
    /** Runs `work` with the document open; the idle clock starts when the last work ends. */
    async use<T>(work: () => Promise<T>): Promise<T> {
      busy++;
      if (idle !== null) {
        timers.clear(idle);
        idle = null;
      }
      try {
        ready ??= open().catch((error) => {
          ready = null;
          throw error;
        });
        await ready;
        return await work();
      } finally {
        if (--busy === 0) closeWhenIdle();
      }
    },
  };
}
