import { browser } from 'wxt/browser';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { backgroundMessages, parseEnvelope, type ContentState } from '@/utils/protocol/messages';
import { sendToTab } from '@/utils/protocol/messaging';

/** The tab the popup is about: `?tab=<id>` when opened as a page, else the active tab. */
export function useTabId(requested: string | null): number | null {
  const [tabId, setTabId] = useState<number | null>(
    requested && /^\d+$/.test(requested) ? Number(requested) : null,
  );
  useEffect(() => {
    if (tabId !== null) return;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? -1));
  }, []);
  return tabId;
}

export interface PageStateResult {
  status: 'loading' | 'ready' | 'unreachable';
  state: ContentState | null;
  refresh: () => void;
}

/** What the tab's content script reports: its URL, its article (extracted on first ask), selection and anchors. */
export function usePageState(tabId: number | null): PageStateResult {
  const [result, setResult] = useState<Omit<PageStateResult, 'refresh'>>({
    status: 'loading',
    state: null,
  });
  const load = useCallback(
    (extract: boolean) => {
      if (tabId === null) return;
      if (tabId < 0) return setResult({ status: 'unreachable', state: null });
      sendToTab(tabId, 'content:state', { extract })
        .then((state) =>
          setResult((old) => ({
            status: 'ready',
            state: extract ? state : { ...state, article: old.state?.article ?? state.article },
          })),
        )
        .catch(() => setResult({ status: 'unreachable', state: null }));
    },
    [tabId],
  );
  useEffect(() => load(true), [load]);
  // Anchoring changes on the page by itself (late content, edits, navigation): the page pushes its
  // anchor states when they change (entrypoints/content/anchor-reports.ts). Only its top frame's.
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
      const { anchors } = parsed.payload as { anchors: ContentState['anchors'] };
      setResult((old) => (old.state ? { ...old, state: { ...old.state, anchors } } : old));
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);
  // The selection is the page's: read again when the reader comes back to the popup's window.
  useEffect(() => {
    const onFocus = () => load(false);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);
  return { ...result, refresh: () => load(false) };
}
