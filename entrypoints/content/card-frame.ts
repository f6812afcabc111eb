import { browser } from 'wxt/browser';
import { onlyTrusted } from '@/utils/protocol/trusted';
import { place as placeBox, pointRect } from '@/utils/page/placement';
import {
  CARD_WIDTH,
  MARGIN,
  buildSlot,
  createSlot,
  discard,
  startSlot,
  type Slot,
} from './card-slot';
import { lineRects, viewportSize, type ViewportWatch } from './viewport';
import { returnCaret } from './return-caret';

export interface Point {
  x: number;
  y: number;
}

export interface CardFrame {
  /**
   * Opens the card of one annotation beside its text (`target`, asked again as the page scrolls;
   * the point `at` when it has none); `token` settles with the background's one-time token.
   */
  open(
    id: string,
    target: () => Range | null,
    at: Point,
    token: Promise<string>,
    focus: boolean,
  ): void;
  /**
   * Closes the card; `returnFocus` gives the keyboard back to the page (Escape, Close): to the
   * field the reader was in, or, for a card that took the keyboard from a selection, as a caret
   * at the end of the marked text, so Tab and the arrow keys go on from there, not from the top.
   */
  close(returnFocus?: boolean): void;
  /**
   * Builds the next card's frame ahead, hidden and empty, so opening a card does not create one in
   * the reader's keypress (the reader has just selected text: a card is likely).
   */
  prepare(): void;
  /** Closes the card and removes a frame built ahead (the content script is going away). */
  dispose(): void;
  readonly openId: string | null;
}

/**
 * For this long after a card opens to be typed in, the keyboard stays with it: if the page takes
 * the focus back (a script calling focus(), or focus bouncing while the frame loads) before the
 * reader clicks in the page, the card gets it again. A page cannot steer the reader's
 * first keystrokes into its own fields that way.
 */
const FOCUS_GUARD_MS = 1500;
/**
 * The annotation card, framed in the tab: an extension page (card.html) in an iframe, inside a
 * *closed* shadow root of its own, so the page can neither read the frame's document (another
 * origin) nor reach the iframe element to restyle or re-point it. What the reader types there goes
 * to the extension's document, never to the page's key listeners.
 *
 * The card acts only with a one-time token that this script posts to the frame it created, aimed at
 * the extension's origin: a page that frames card.html itself, or re-points our frame, gets nothing.
 * If the frame loads a second document (the page navigated it through `window.frames`), the card
 * is torn down at once, so the reader never types into a look-alike.
 */
export function createCardFrame(
  doc: Document,
  onError: (message: string) => void,
  watch: ViewportWatch,
): CardFrame {
  const win = doc.defaultView!;
  const src = browser.runtime.getURL('/card.html');
  // Chrome serves card.html at a per-session dynamic URL (use_dynamic_url), but the document inside
  // still has the extension's own origin, and that is what postMessage and MessageEvent.origin use.
  const origin = src.startsWith('chrome-extension:')
    ? `chrome-extension://${browser.runtime.id}`
    : new URL(src).origin;
  let current:
    (Slot & { id: string; returnTo: Element | null; caret: (() => Range | null) | null }) | null =
    null;
  // A frame built ahead (prepare). Anything that loads a document into it before it is used means
  // the page reached it (through window.frames): it is thrown away, never pointed at the card.
  let spare: { slot: Slot; watch: AbortController } | null = null;
  const dropSpare = () => {
    if (!spare) return;
    spare.watch.abort();
    discard(spare.slot);
    spare = null;
  };
  /** The frame built ahead, if the page left it alone; else a new one (pointed at the card at once). */
  const takeSlot = (): Slot => {
    const ready = spare;
    if (ready && ready.slot.host.isConnected) {
      ready.watch.abort();
      spare = null;
      return startSlot(ready.slot, src);
    }
    dropSpare();
    return createSlot(doc, src);
  };

  // Beside the text, inside the window, off the text and the line under it (utils/page/placement.ts).
  const place = (slot: Slot, target: () => Range | null, at: Point, height: number) => {
    const view = viewportSize(doc);
    const rects = lineRects(target());
    const size = { width: Math.min(CARD_WIDTH, view.width - 2 * MARGIN), height };
    const p = placeBox(rects.length ? rects : [pointRect(at.x, at.y)], size, view, MARGIN);
    slot.layer.style.left = `${p.x}px`;
    slot.layer.style.top = `${p.y}px`;
    slot.iframe.style.height = `${height}px`;
  };

  const frame: CardFrame = {
    get openId() {
      return current?.id ?? null;
    },

    open(id, target, at, token, focus) {
      frame.close();
      const slot = takeSlot();
      current = { ...slot, id, returnTo: doc.activeElement, caret: focus ? target : null };
      slot.onHijack = () => {
        frame.close();
        onError('The page tried to replace Gloss’s card, so Gloss closed it.');
      };
      let height = 220;
      Promise.all([token, slot.loaded]).then(
        ([t]) => {
          if (!slot.hijacked)
            slot.iframe.contentWindow?.postMessage({ type: 'gloss:card-token', token: t }, origin);
        },
        (error: Error) => {
          frame.close();
          onError(error.message);
        },
      );
      // Size and close requests from the card: only from our frame's window, at the extension's origin.
      win.addEventListener(
        'message',
        onlyTrusted((e: MessageEvent) => {
          if (
            slot.hijacked ||
            e.source !== slot.iframe.contentWindow ||
            e.origin !== origin ||
            typeof e.data !== 'object' ||
            e.data === null
          )
            return;
          if (e.data.type === 'gloss:card-size' && typeof e.data.height === 'number') {
            height = Math.max(60, Math.min(Math.ceil(e.data.height), win.innerHeight - 2 * MARGIN));
            place(slot, target, at, height);
          } else if (e.data.type === 'gloss:card-ready') {
            // Only when the card says it does not hold the keyboard: focusing a frame that does
            // resets its focus to its document, and the reader's first keystroke is lost.
            // Never once the reader has pressed the mouse in the page (a new selection, say): the
            // page keeps the keyboard then.
            const lostFocus = doc.activeElement === doc.body || doc.activeElement === slot.host;
            if (focus && e.data.focused === false && !released && (guarding || lostFocus))
              slot.iframe.focus();
          } else if (e.data.type === 'gloss:card-close') {
            frame.close(true);
          }
        }),
        { signal: slot.stop.signal },
      );
      place(slot, target, at, height);
      // It follows its text as the page scrolls or reflows, until it closes.
      const unfollow = watch.add(() => place(slot, target, at, height));
      slot.stop.signal.addEventListener('abort', () => unfollow());
      // The card takes the keyboard: focus moves into the frame now, and to its note field once it renders.
      let guarding = focus;
      let released = false;
      if (focus) {
        slot.iframe.focus();
        const signal = slot.stop.signal;
        const release = onlyTrusted(
          (e: Event) => e.target !== slot.host && ((released = true), (guarding = false)),
        );
        win.addEventListener('pointerdown', release, { capture: true, signal });
        const reclaim = () =>
          setTimeout(() => guarding && doc.activeElement !== slot.host && slot.iframe.focus(), 0);
        win.addEventListener('focusin', reclaim, { signal });
        win.addEventListener('focus', reclaim, { signal });
        slot.host.addEventListener('focusout', reclaim, { signal });
        setTimeout(() => (guarding = false), FOCUS_GUARD_MS);
      }
    },

    prepare() {
      if (spare) return;
      const slot = buildSlot(doc);
      const watch = new AbortController();
      // Its own empty document may report its load late (it is the page's origin, so readable).
      const showsBlank = () => slot.iframe.contentDocument?.URL === 'about:blank';
      slot.iframe.addEventListener(
        'load',
        () => spare?.slot === slot && !showsBlank() && dropSpare(),
        { signal: watch.signal },
      );
      spare = { slot, watch };
    },

    dispose() {
      frame.close();
      dropSpare();
    },

    close(returnFocus = false) {
      if (!current) return;
      const { returnTo, caret } = current;
      const hadFocus = doc.activeElement === current.host;
      discard(current);
      current = null;
      if (returnFocus || hadFocus) {
        win.focus();
        if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== doc.body)
          returnTo.focus({ preventScroll: true });
        else if (returnFocus) {
          const range = caret?.();
          if (range) returnCaret(doc, range);
        }
      }
    },
  };
  return frame;
}
