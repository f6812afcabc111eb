import { browser } from 'wxt/browser';
import { onlyTrusted } from '@/utils/protocol/trusted';
import { place as placeBox, pointRect } from '@/utils/page/placement';
import {
  CARD_WIDTH,
  MARGIN,
  buildSlot,
  discard,
  revealSlot,
  showSlot,
  type Slot,
} from './card-slot';
import { lineRects, viewportSize, type ViewportWatch } from './viewport';
import { returnCaret } from './return-caret';
import { holdKeyboard, type KeyboardHold } from './card-keyboard';

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
   * Builds the next card's frame ahead, hidden, and loads the card in it, so opening a card neither
   * creates a frame in the reader's keypress nor waits for card.html (the reader is selecting
   * text: a card is likely). The hidden card waits for its token and shows nothing.
   */
  prepare(): void;
  /** Whether a card is built ahead and waiting (prepare would do nothing). */
  readonly prepared: boolean;
  /** Closes the card and removes a frame built ahead (the content script is going away). */
  dispose(): void;
  readonly openId: string | null;
}

/**
 * The card answers its token at once, on the port that came with it; a frame that has not within
 * this long holds something else (the page pointed it elsewhere before the card loaded).
 */
const CARD_ANSWERS_MS = 2000;

/**
 * The annotation card, framed in the tab: an extension page (card.html) in an iframe, inside a
 * *closed* shadow root of its own, so the page can neither read the frame's document (another
 * origin) nor reach the iframe element to restyle or re-point it. What the reader types there goes
 * to the extension's document, never to the page's key listeners.
 *
 * The card acts only with a one-time token that this script posts to the frame it created, aimed at
 * the extension's origin, with a MessagePort that is the card's only line back: the card never
 * posts to the page's window, so the page never gets hold of the frame's window (a frame in a
 * shadow tree is not in `window.frames` either) to point it at a look-alike. Should it manage
 * anyway (a browser that lists such frames), the frame stays invisible until the card says on that
 * line that it is ready, which only a card holding the token can; a frame that does not answer its
 * token, or loads a second document, is torn down and the reader told.
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
  // A card built ahead (prepare), hidden. A second document loading in it before it is used means
  // the page re-pointed it: it is thrown away, never shown.
  let spare: Slot | null = null;
  const dropSpare = () => {
    if (spare) discard(spare);
    spare = null;
  };
  const spareIsSound = () => !!spare && spare.host.isConnected && !spare.hijacked;
  /** The card built ahead, if the page left it alone; else a new one. Invisible until it is ready. */
  const takeSlot = (): Slot => {
    if (spareIsSound()) {
      const ready = spare!;
      spare = null;
      return showSlot(ready);
    }
    dropSpare();
    return showSlot(buildSlot(doc, src));
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
      // The card's only line back (page-channel.ts in the card): a port sent with the token, to the
      // extension's origin only. Nothing the card says passes through the page's window.
      const line = new MessageChannel();
      let heard = false;
      Promise.all([token, slot.loaded]).then(
        ([t]) => {
          if (slot.hijacked || slot.stop.signal.aborted) return;
          slot.iframe.contentWindow?.postMessage({ type: 'gloss:card-token', token: t }, origin, [
            line.port2,
          ]);
          setTimeout(() => !heard && !slot.stop.signal.aborted && slot.onHijack(), CARD_ANSWERS_MS);
        },
        (error: Error) => {
          frame.close();
          onError(error.message);
        },
      );
      // The card's size, readiness and close requests.
      let keyboard: KeyboardHold | null = null;
      line.port1.onmessage = onlyTrusted((e: MessageEvent) => {
        const data = e.data as Record<string, unknown>;
        if (slot.hijacked || typeof data !== 'object' || data === null) return;
        heard = true;
        if (data.type === 'gloss:card-size' && typeof data.height === 'number') {
          height = Math.max(60, Math.min(Math.ceil(data.height), win.innerHeight - 2 * MARGIN));
          place(slot, target, at, height);
        } else if (data.type === 'gloss:card-ready') {
          revealSlot(slot);
          // Only when the card says it does not hold the keyboard: focusing a frame that does
          // resets its focus to its document, and the reader's first keystroke is lost.
          if (keyboard && data.focused === false && keyboard.mayTake()) slot.iframe.focus();
        } else if (data.type === 'gloss:card-close') {
          frame.close(true);
        }
      });
      slot.stop.signal.addEventListener('abort', () => line.port1.close());
      place(slot, target, at, height);
      // It follows its text as the page scrolls or reflows, until it closes.
      const unfollow = watch.add(() => place(slot, target, at, height));
      slot.stop.signal.addEventListener('abort', () => unfollow());
      // The card takes the keyboard: focus moves into the frame now (what the reader types next goes
      // to the extension's document, not the page), and to its note field once it renders.
      if (focus) {
        slot.iframe.focus();
        keyboard = holdKeyboard(win, doc, slot);
      }
    },

    prepare() {
      if (spareIsSound()) return;
      dropSpare();
      const slot = buildSlot(doc, src);
      slot.onHijack = () => spare === slot && dropSpare();
      spare = slot;
    },

    get prepared() {
      return spareIsSound();
    },

    dispose() {
      frame.close();
      dropSpare();
    },

    close(returnFocus = false) {
      if (!current) return;
      const { returnTo, caret } = current;
      const hadFocus = doc.activeElement === current.host;
      discard(current, true);
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
