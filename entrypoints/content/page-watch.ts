import type { ContentScriptContext, LocationChange } from '@/utils/page/content-script-context';
import type { PageSession } from './session';
import { isPageMutation } from './ui-host';

const REANCHOR_DELAY_MS = 400;
/** A page that keeps removing our UI host gets it back, but not in a tight loop that would freeze both. */
const MAX_REMOUNTS_PER_MINUTE = 30;
/**
 * How often painted marks are checked against what the page may have done to `CSS.highlights`.
 * The API has no change event; the check is a few comparisons per mark, and runs only while marks are painted.
 */
const HIGHLIGHT_CHECK_MS = 1000;

interface Mountable {
  mount(): void;
  remove(): void;
  shadowHost: HTMLElement;
}

/**
 * Keeps Gloss in step with a page that changes: re-anchors after the page's own DOM edits (orphans
 * may now be found, painted ranges may have collapsed), follows single-page-app navigation, puts
 * the UI host back when a page removes it, and redraws overlay boxes on resize.
 */
export function watchPage(ctx: ContentScriptContext, session: PageSession, ui: Mountable): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let remounts: number[] = [];

  const observer = new MutationObserver((records) => {
    if (!ui.shadowHost.isConnected) remount(true);
    if (!records.some(isPageMutation)) return;
    session.pageChanged();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (session.needsReanchor()) session.reanchor();
      else session.relayout();
    }, REANCHOR_DELAY_MS);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  /** Automatic remounts are rationed; one asked for by the reader's own gesture always happens. */
  function remount(automatic = false) {
    if (automatic) {
      const now = Date.now();
      remounts = remounts.filter((t) => now - t < 60_000);
      if (remounts.length >= MAX_REMOUNTS_PER_MINUTE) return;
      remounts.push(now);
    }
    ui.remove();
    ui.mount();
  }

  // WXT fires this from the Navigation API's `navigate` event, before location.href changes:
  // the new URL comes from the event, or a back/forward would load the page being left.
  ctx.addEventListener(window, 'wxt:locationchange', (change: LocationChange) => {
    void session.load(change.newUrl.href);
  });
  ctx.setInterval(() => session.repairPaint(), HIGHLIGHT_CHECK_MS);
  ctx.addEventListener(window, 'resize', () => session.relayout());
  // When the page does let us back in, show the UI the reader asked for.
  ctx.addEventListener(document, 'selectionchange', () => {
    if (!ui.shadowHost.isConnected) remount();
  });
}
