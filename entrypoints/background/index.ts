import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '@/utils/db';
import { route } from './router';
import { notifyTabs } from './notify';
import { registerContextMenu } from './context-menu';

export default defineBackground(() => {
  const db = openDatabase();
  const env = {
    db,
    ownId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    notify: (articleUrl?: string) => void notifyTabs(articleUrl),
  };
  // Registered synchronously: an MV3 service worker is woken by the very message it must answer.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, env).then(sendResponse);
    return true;
  });
  registerContextMenu();
});
