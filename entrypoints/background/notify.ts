import { browser } from 'wxt/browser';
import { normalizeUrl } from '@/utils/url';

/**
 * Asks the content scripts of open tabs to reload their annotations after a change made elsewhere
 * (popup, library, another tab). Only tabs on the article's origin are told; with no URL (a bulk
 * change such as an import) every tab is.
 */
export async function notifyTabs(articleUrl?: string): Promise<void> {
  const origin = articleUrl ? new URL(articleUrl).origin : null;
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url) continue;
    const url = normalizeUrl(tab.url);
    if (!url || (origin && new URL(url).origin !== origin)) continue;
    browser.tabs.sendMessage(tab.id, { type: 'content:refresh', payload: {} }).catch(() => {
      // A tab without Gloss's content script (opened before install, or a restricted page): nothing to repaint.
    });
  }
}
