// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createOffscreenKeeper,
  type OffscreenApi,
  type Timers,
} from '../../../utils/protocol/offscreen-keeper';

/** Chrome's offscreen API as a fake: one document at most, as Chrome allows; calls are logged. */
function fakeChrome(existing = false) {
  const log: string[] = [];
  let open = existing;
  let releaseClose: (() => void) | null = null;
  const api: OffscreenApi = {
    exists: async () => open,
    create: async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      log.push('create');
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        log.push('close');
        releaseClose = () => ((open = false), resolve());
      }),
  };
  return { api, log, isOpen: () => open, finishClose: () => releaseClose?.() };
}

/** Timers run by hand: `fire()` runs what is due, as if the idle time had passed. */
function manualTimers(): Timers & { pending: () => number; fire: () => void } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    set: (run) => (due.set(++next, run), next),
    clear: (h) => void due.delete(h as number),
    pending: () => due.size,
    fire: () => {
      const runs = [...due.values()];
      due.clear();
      runs.forEach((r) => r());
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createOffscreenKeeper', () => {
  it('creates the document once for concurrent work, and closes it only once all of it is done and idle', async () => {
    const chrome = fakeChrome();
    const timers = manualTimers();
    const keeper = createOffscreenKeeper(chrome.api, 1000, timers);
    let finishSlow!: () => void;
    const slow = keeper.use(() => new Promise<string>((r) => (finishSlow = () => r('slow'))));
    const fast = keeper.use(async () => 'fast');
    expect(await fast).toBe('fast');
    expect(timers.pending()).toBe(0); // the slow one still works
    finishSlow();
    expect(await slow).toBe('slow');
    expect(chrome.log).toEqual(['create']);
    expect(timers.pending()).toBe(1);
    timers.fire();
    chrome.finishClose();
    await flush();
    expect(chrome.log).toEqual(['create', 'close']);
    expect(chrome.isOpen()).toBe(false);
  });

  it('work during the idle time keeps the document open', async () => {
    const chrome = fakeChrome();
    const timers = manualTimers();
    const keeper = createOffscreenKeeper(chrome.api, 1000, timers);
    await keeper.use(async () => 1);
    const again = keeper.use(async () => 2);
    expect(timers.pending()).toBe(0);
    expect(await again).toBe(2);
    expect(chrome.log).toEqual(['create']);
  });

  it('a new service worker uses the document an earlier one left open', async () => {
    const chrome = fakeChrome(true);
    const keeper = createOffscreenKeeper(chrome.api, 1000, manualTimers());
    expect(await keeper.use(async () => 'ok')).toBe('ok');
    expect(chrome.log).toEqual([]);
  });

  it('work that arrives while the document closes waits for the close, then opens a new one', async () => {
    const chrome = fakeChrome();
    const timers = manualTimers();
    const keeper = createOffscreenKeeper(chrome.api, 1000, timers);
    await keeper.use(async () => 1);
    timers.fire(); // close started, not finished
    const during = keeper.use(async () => (chrome.isOpen() ? 'open' : 'closed'));
    await flush();
    chrome.finishClose();
    expect(await during).toBe('open');
    expect(chrome.log).toEqual(['create', 'close', 'create']);
  });

  it('a failure to open reaches the caller, and the next work tries again', async () => {
    const chrome = fakeChrome();
    let fail = true;
    const create = chrome.api.create;
    chrome.api.create = async () => {
      if (fail) throw new Error('no offscreen');
      return create();
    };
    const keeper = createOffscreenKeeper(chrome.api, 1000, manualTimers());
    await expect(keeper.use(async () => 1)).rejects.toThrow('no offscreen');
    fail = false;
    expect(await keeper.use(async () => 2)).toBe(2);
  });
});
