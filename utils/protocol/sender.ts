import type { SenderKind } from './messages';
import { siteOf } from '../page/url';

/** The parts of `runtime.MessageSender` the access rules read. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tabId?: number;
  /** The frame the message came from (0 is the tab's top frame). */
  frameId?: number;
}

/**
 * Classifies a sender: an extension page (popup, library) is served from the extension's own
 * origin; anything else from our own extension is a content script running in a web page.
 * Messages from other extensions are refused outright.
 */
export function classifySender(
  sender: SenderFacts,
  ownId: string,
  extensionOrigin: string,
): 'content' | 'extension' | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'extension';
  return sender.tabId === undefined ? null : 'content';
}

export function allows(rule: SenderKind, kind: 'content' | 'extension'): boolean {
  return rule === 'any' || rule === kind;
}

/**
 * A content script may read and write only annotations of the site it runs on (see siteOf: scheme,
 * host without `www.`, port — the same rule that decides which canonical aliases a page may claim,
 * so a page can edit whatever it is shown). Not the exact URL: a single-page app changes its URL
 * with history.pushState and the sender's URL can lag behind. Non-http(s) pages (about:blank,
 * data:, file:) have no site and may touch nothing.
 */
export function contentMayTouch(senderUrl: string, articleUrl: string): boolean {
  const site = siteOf(senderUrl);
  return site !== null && site === siteOf(articleUrl);
}
