import { onlyTrusted } from '@/utils/protocol/trusted';
import type { Slot } from './card-slot';

/**
 * For this long after a card opens to be typed in, the keyboard stays with it: if the page takes
 * the focus back (a script calling focus(), or focus bouncing while the frame loads) before the
 * reader clicks in the page, the card gets it again. A page cannot steer the reader's
 * first keystrokes into its own fields that way.
 */
const FOCUS_GUARD_MS = 1500;

export interface KeyboardHold {
  /**
   * Whether the card may take the keyboard now that it says it does not hold it: not once the
   * reader has pressed the mouse in the page (a new selection, say), and else while the guard
   * lasts or while nothing in the page holds the focus.
   */
  mayTake(): boolean;
}

/** Keeps the keyboard with a card opened to be typed in (see FOCUS_GUARD_MS), from its opening on. */
export function holdKeyboard(win: Window, doc: Document, slot: Slot): KeyboardHold {
  let guarding = true;
  let released = false;
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
  return {
    mayTake: () =>
      !released && (guarding || doc.activeElement === doc.body || doc.activeElement === slot.host),
  };
}
