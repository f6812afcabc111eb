import type { Size } from '@/utils/page/placement';

/** The window's visible area, without its scroll bars (a box under one would lose its last button). */
export function viewportSize(doc: Document): Size {
  const win = doc.defaultView!;
  // scrollingElement: <html>, or <body> in quirks mode, where the root's size is the document's.
  const el = doc.scrollingElement ?? doc.documentElement;
  return {
    width: Math.min(win.innerWidth, el.clientWidth || win.innerWidth),
    height: Math.min(win.innerHeight, el.clientHeight || win.innerHeight),
  };
}

/** A range's line boxes, empty ones left out. */
export const lineRects = (range: Range | null | undefined): DOMRect[] =>
  range ? Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0) : [];

export type Listen = (
  target: Window | Document,
  type: string,
  handler: (e: Event) => void,
  options?: AddEventListenerOptions,
) => void;

export interface ViewportWatch {
  /** Runs `follow` once per animation frame in which the page scrolled, resized or reflowed. */
  add(follow: () => void): () => void;
  /** Runs every follower in the next frame (a box just opened, marks repainted). */
  schedule(): void;
  stop(): void;
}

/**
 * Keeps Gloss's floating boxes (toolbar, card, claim underlines) on the text they belong to as the
 * page moves: passive listeners (any scroll, also of inner scrolling boxes, caught in the capture
 * phase; resize) and a ResizeObserver on the body (images that load and push text down), all
 * folded into one requestAnimationFrame, and nothing at all while no box is shown.
 */
export function watchViewport(doc: Document, listen: Listen): ViewportWatch {
  const win = doc.defaultView!;
  const followers = new Set<() => void>();
  let queued = false;
  const schedule = () => {
    if (queued || followers.size === 0) return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      for (const follow of followers) follow();
    });
  };
  listen(win, 'scroll', schedule, { capture: true, passive: true });
  listen(win, 'resize', schedule, { passive: true });
  const reflow = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  if (doc.body) reflow?.observe(doc.body);
  return {
    add(follow) {
      followers.add(follow);
      schedule();
      return () => followers.delete(follow);
    },
    schedule,
    stop() {
      reflow?.disconnect();
      followers.clear();
    },
  };
}
