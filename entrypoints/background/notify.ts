import { browser } from 'wxt/browser';

/**
 * Tells the content scripts of open tabs that annotations changed (from the popup, the library,
 * another tab or their own page), so they reload and repaint. Every frame of every tab hears it
 * and decides for itself by its own URL (see the content script's `content:refresh`): a tab's URL
 * says nothing about the frames inside it.
 */
export async function notifyTabs(articleUrl?: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    browser.tabs.sendMessage(tab.id, { type: 'content:refresh', payload: articleUrl ? { articleUrl } : {} }).catch(() => {
      // A tab without Gloss's content script (opened before install, or a restricted page): nothing to repaint.
    });
  }
}
