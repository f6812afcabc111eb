import type { SenderKind } from './messages';

/** The parts of `runtime.MessageSender` the access rules read. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tabId?: number;
}

/**
 * Classifies a sender: an extension page (popup, library) is served from the extension's own
 * origin; anything else from our own extension is a content script running in a web page.
 * Messages from other extensions are refused outright.
 */
export function classifySender(sender: SenderFacts, ownId: string, extensionOrigin: string): 'content' | 'extension' | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'extension';
  return sender.tabId === undefined ? null : 'content';
}

export function allows(rule: SenderKind, kind: 'content' | 'extension'): boolean {
  return rule === 'any' || rule === kind;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * A content script may read and write only annotations of the page it runs in. Same origin rather
 * than same URL: a single-page app changes its URL with history.pushState and the sender's URL can
 * lag behind, while the origin is what the browser itself isolates pages by.
 */
export function contentMayTouch(senderUrl: string, articleUrl: string): boolean {
  const a = originOf(senderUrl);
  return a !== null && a === originOf(articleUrl);
}
