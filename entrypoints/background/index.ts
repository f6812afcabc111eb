import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '@/utils/store/db';
import { route, type RouterEnv } from './router';
import { notifyFrames } from './notify';
import { createFrameRegistry } from '@/utils/protocol/frame-registry';
import { createImportStaging } from '@/utils/store/import-staging';
import { registerContextMenu } from './context-menu';
import { createCardTokens } from '@/utils/protocol/card-tokens';
import { createArrivals } from '@/utils/protocol/arrivals';
import { createArticleExtraction } from './article-extraction';
import { sendToTab } from '@/utils/protocol/messaging';
import { loadSettings } from '@/utils/settings';

/** storage.session: cleared with the browser, and never written to disk. */
const FRAMES_KEY = 'frames';

export default defineBackground(() => {
  const db = openDatabase();
  const frames = createFrameRegistry({
    load: async () =>
      (await browser.storage.session.get(FRAMES_KEY))[FRAMES_KEY] as
        Record<string, string[]> | undefined,
    save: (value) => browser.storage.session.set({ [FRAMES_KEY]: value }),
  });
  browser.tabs.onRemoved.addListener((tabId) => void frames.forgetTab(tabId));
  const env: RouterEnv = {
    db,
    ownId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    notify: (articleUrl, except) => void notifyFrames(frames, articleUrl, except),
    showing: (frame, urls) => void frames.register(frame, urls),
    imports: createImportStaging(),
    cardTokens: createCardTokens(),
    arrivals: createArrivals(),
    supersede: createSupersede(),
    extract: createArticleExtraction(),
    pageText: ({ tabId, frameId }) => sendToTab(tabId, 'content:article-text', {}, frameId),
    snapshotsOn: async () => (await loadSettings()).keepSnapshots,
  };
  // Registered synchronously: an MV3 service worker is woken by the very message it must answer.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(
      message,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
      env,
    ).then(sendResponse);
    return true;
  });
  registerContextMenu();
});

/**
 * WXT ends an older copy of the content script when a newer one starts in the same frame (a dev
 * reload); Gloss does it without a page-visible signal: the first page:load of a new copy makes the
 * background name it to the frame, and copies with another id end (utils/page/content-script-context.ts).
 */
function createSupersede() {
  const latest = new Map<string, string>();
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const key of latest.keys()) if (key.startsWith(`${tabId}:`)) latest.delete(key);
  });
  return (tabId: number, frameId: number, instance: string) => {
    const key = `${tabId}:${frameId}`;
    if (latest.get(key) === instance) return;
    latest.set(key, instance);
    browser.tabs
      .sendMessage(tabId, { type: 'content:superseded', payload: { instance } }, { frameId })
      .catch(() => {});
  };
}
