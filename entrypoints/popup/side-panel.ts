import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's typings (wxt/browser) do not describe. */
type SidebarAction = { open(): Promise<void> };

/**
 * Opens the side panel beside the tab, from the popup's click (both browsers open it only in answer
 * to a user gesture, so this must run in the click handler, before any other await). Chrome:
 * sidePanel.open; Firefox: sidebarAction.open. The popup closes: the panel takes over.
 */
export async function openSidePanel(tabId: number): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) await sidebar.open();
  else if (browser.sidePanel) await browser.sidePanel.open({ tabId });
  else throw new Error('This browser has no side panel: open the library instead.');
  // Opened as a page of its own (popup.html?tab=), the popup is no popup to close.
  if (!new URLSearchParams(location.search).has('tab')) window.close();
}
