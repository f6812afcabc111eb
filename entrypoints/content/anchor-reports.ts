import type { AnchorState } from '@/utils/model';
import { MAX_REPORTED_TEXTS, MAX_REPORTED_TEXT_CHARS } from '@/utils/model/limits';
import type { AnchorReport } from '@/utils/protocol/page-shapes';
import { sendToBackground } from '@/utils/protocol/messaging';
import type { PageSession } from './session';

/**
 * Where each mark stands, and what the page now reads where one was found only approximately (the
 * side panel diffs it against the stored quote). The text is the page's own, as the text map reads
 * it; the comparison and the diff run in the side panel, not here.
 */
export function anchorReport(session: PageSession): AnchorReport {
  const anchors: Record<string, AnchorState> = session.anchorStates();
  const texts: Record<string, string> = {};
  let count = 0;
  for (const mark of session.marks) {
    if (anchors[mark.id] !== 'approximate' || count >= MAX_REPORTED_TEXTS) continue;
    const range = session.rangeOf(mark.id);
    if (!range?.startContainer.isConnected) continue;
    try {
      const now = session.describe(range).find((s) => s.type === 'TextQuoteSelector')?.exact;
      const quoted = mark.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact;
      // Found in another place but reading the same: nothing to show the reader.
      if (now === undefined || now === quoted) continue;
      texts[mark.id] = now.slice(0, MAX_REPORTED_TEXT_CHARS);
      count++;
    } catch {
      // The range went stale under a page edit: the next re-anchor reports it again.
    }
  }
  return { anchors, texts };
}

/**
 * Pushes the page's anchor report to the extension pages about its tab (popup, side panel) when it
 * changes, instead of those pages asking every few seconds. Only changes are sent, at most once
 * per task: a re-anchor of fifty marks is one message.
 */
export function reportAnchors(session: PageSession, onStop: (stop: () => void) => void): void {
  let last = '';
  let queued = false;
  const send = () => {
    queued = false;
    const url = session.url;
    const report = anchorReport(session);
    const key = JSON.stringify([url, report]);
    if (!url || key === last) return;
    last = key;
    sendToBackground('page:anchors', { url, ...report }).catch(() => {
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
