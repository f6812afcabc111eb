import type { AnchorState } from '@/utils/model';
import { sendToBackground } from '@/utils/protocol/messaging';
import type { PageSession } from './session';

/**
 * Pushes the page's anchor states to the extension pages about its tab (popup, side panel) when
 * they change, instead of those pages asking every few seconds. Only changes are sent, at most once
 * per task: a re-anchor of fifty marks is one message.
 */
export function reportAnchors(session: PageSession, onStop: (stop: () => void) => void): void {
  let last = '';
  let queued = false;
  const send = () => {
    queued = false;
    const url = session.url;
    const anchors: Record<string, AnchorState> = session.anchorStates();
    const key = JSON.stringify([url, anchors]);
    if (!url || key === last) return;
    last = key;
    sendToBackground('page:anchors', { url, anchors }).catch(() => {
      // The background is restarting or the extension was reloaded: the next change reports again.
      last = '';
    });
  };
  const unsubscribe = session.subscribe(() => {
    if (queued) return;
    queued = true;
    setTimeout(send, 0);
  });
  onStop(unsubscribe);
}
