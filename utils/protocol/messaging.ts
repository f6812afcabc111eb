import { browser } from 'wxt/browser';
import type { BackgroundMessageType, BackgroundRequest, BackgroundResponses } from './messages';
import type { ContentMessageType, ContentRequest, ContentResponses } from './content-messages';
import type { Reply } from './envelope';

function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply) throw new Error(`Gloss did not answer ${type}.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Content script or extension page → background. Rejects with the handler's own message. */
export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponses[K]> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

/** Extension page → the content script of a tab (its top frame unless told otherwise). */
export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: ContentRequest<K>,
  frameId = 0,
): Promise<ContentResponses[K]> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }), type);
}
