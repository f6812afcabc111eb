import { browser } from 'wxt/browser';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ContentState } from '@/utils/messages';
import { sendToTab } from '@/utils/messaging';

const PAGE_POLL_MS = 1500;

/** The tab the popup is about: `?tab=<id>` when opened as a page, else the active tab. */
export function useTabId(requested: string | null): number | null {
  const [tabId, setTabId] = useState<number | null>(requested && /^\d+$/.test(requested) ? Number(requested) : null);
  useEffect(() => {
    if (tabId !== null) return;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? -1));
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
  const [result, setResult] = useState<Omit<PageStateResult, 'refresh'>>({ status: 'loading', state: null });
  const load = useCallback(
    (extract: boolean) => {
      if (tabId === null) return;
      if (tabId < 0) return setResult({ status: 'unreachable', state: null });
      sendToTab(tabId, 'content:state', { extract })
        .then((state) => setResult((old) => ({ status: 'ready', state: extract ? state : { ...state, article: old.state?.article ?? state.article } })))
        .catch(() => setResult({ status: 'unreachable', state: null }));
    },
    [tabId],
  );
  useEffect(() => load(true), [load]);
  // Anchoring changes on the page by itself (late content, edits, navigation): a cheap poll keeps
  // the anchor states and the selection current while the popup is open.
  useEffect(() => {
    const timer = setInterval(() => load(false), PAGE_POLL_MS);
    return () => clearInterval(timer);
  }, [load]);
  return { ...result, refresh: () => load(false) };
}
