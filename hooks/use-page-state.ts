import { browser } from 'wxt/browser';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { backgroundMessages } from '@/utils/protocol/messages';
import { parseEnvelope } from '@/utils/protocol/envelope';
import type { AnchorReport, ContentState } from '@/utils/protocol/page-shapes';
import { sendToTab } from '@/utils/protocol/messaging';

/**
 * The tab an extension page is about: `?tab=<id>` when opened as a page (tests, a pinned window),
 * else the active tab of the page's window, and with `follow` (the side panel) whichever tab the
 * reader switches to. -1 when there is none.
 */
export function useTabId(requested: string | null, follow = false): number | null {
  const fixed = requested && /^\d+$/.test(requested) ? Number(requested) : null;
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed !== null) return;
    let windowId: number | undefined;
    // A switch the panel hears while its first question is out is newer than the answer: keep it.
    let switched = false;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (!switched) setTabId(tab?.id ?? -1);
    });
    if (!follow) return;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId !== undefined && info.windowId !== windowId) return;
      switched = true;
      setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed, follow]);
  return tabId;
}

export interface PageStateResult {
  status: 'loading' | 'ready' | 'unreachable';
  state: ContentState | null;
  refresh: () => void;
}

/** A content script that is starting (a reload, a navigation) answers after a moment: ask again. */
const RETRIES = 6;
const RETRY_MS = 400;

/**
 * What the tab's content script reports: its URL, its article (extracted on first ask), selection,
 * anchor states and the current text of changed marks. Asked again when the tab loads a page;
 * anchors arrive by push from the page when they change (entrypoints/content/anchor-reports.ts).
 */
export function usePageState(tabId: number | null): PageStateResult {
  const [result, setResult] = useState<Omit<PageStateResult, 'refresh'>>({
    status: 'loading',
    state: null,
  });
  const load = useCallback(
    (extract: boolean, retries = 0) => {
      if (tabId === null) return;
      if (tabId < 0) return setResult({ status: 'unreachable', state: null });
      sendToTab(tabId, 'content:state', { extract })
        .then((state) =>
          setResult((old) => ({
            status: 'ready',
            state: extract ? state : { ...state, article: old.state?.article ?? state.article },
          })),
        )
        .catch(() =>
          retries > 0
            ? setTimeout(() => load(extract, retries - 1), RETRY_MS)
            : setResult({ status: 'unreachable', state: null }),
        );
    },
    [tabId],
  );
  useEffect(() => {
    setResult({ status: 'loading', state: null });
    load(true, RETRIES);
  }, [load]);
  // A new page in the tab (a link, a reload, a single-page app's new URL): read it afresh.
  useEffect(() => {
    if (tabId === null || tabId < 0) return;
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || change.url)) load(true, RETRIES);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId, load]);
  // Only the tab's top frame speaks for the page.
  useEffect(() => {
    if (tabId === null || tabId < 0) return;
    const onMessage = (
      message: unknown,
      sender: { id?: string; tab?: { id?: number }; frameId?: number },
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId || sender.frameId !== 0)
        return;
      const parsed = parseEnvelope(backgroundMessages, message);
      if (!parsed.ok || parsed.type !== 'page:anchors') return;
      const { anchors, texts } = parsed.payload as AnchorReport;
      setResult((old) => (old.state ? { ...old, state: { ...old.state, anchors, texts } } : old));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);
  // The selection is the page's: read again when the reader comes back to this page's window.
  useEffect(() => {
    const onFocus = () => load(false);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);
  return { ...result, refresh: () => load(false) };
}
