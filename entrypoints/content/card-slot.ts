import { onlyTrusted } from '@/utils/protocol/trusted';
import { CARD_HOST_TAG } from './ui-host';

/*
 * One card's frame (card-frame.ts): a <gloss-card> host with a closed shadow root, a top-layer
 * popover in it, and the iframe that loads card.html, which tells when a second document loads in
 * it (the page re-pointed it through window.frames).
 */
export const CARD_WIDTH = 340;
export const MARGIN = 8;
const CARD_CSS = `
:host { all: initial !important; }
.layer { position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; z-index: 2147483647; }
.layer.pending { opacity: 0; pointer-events: none; }

iframe { display: block; width: ${CARD_WIDTH}px; max-width: calc(100vw - ${2 * MARGIN}px); height: 220px; border: 0; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); background: transparent; color-scheme: normal; }
`;

export interface Slot {
  host: HTMLElement;
  layer: HTMLElement & { showPopover?: () => void };
  iframe: HTMLIFrameElement;
  loaded: Promise<void>;
  stop: AbortController;
  /** Set once the frame loaded a second document: the page re-pointed it (through window.frames). */
  hijacked: boolean;
  onHijack: () => void;
}

/**
 * A card's frame, built, in the page and pointed at the card, but hidden until showSlot. Creating
 * the frame is the browser's costliest step on the page's side (16–33 ms of one task in a trace of
 * the longest corpus page), and loading card.html the costliest before the reader can type (90–
 * 300 ms to its script), so both can be done ahead, while the reader selects.
 *
 * The frame's loads are counted from here: the first is the card; a second means the page
 * re-pointed the frame (had a browser given it a handle on it), and the slot says so through onHijack.
 */
export function buildSlot(doc: Document, src: string): Slot {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer pending';
  layer.setAttribute('popover', 'manual');
  const iframe = doc.createElement('iframe');
  iframe.title = 'Gloss annotation card';
  iframe.src = src;
  layer.append(iframe);
  shadow.append(style, layer);
  let markLoaded!: () => void;
  const slot: Slot = {
    host,
    layer,
    iframe,
    loaded: new Promise((r) => (markLoaded = r)),
    stop: new AbortController(),
    hijacked: false,
    onHijack: () => {},
  };
  let loads = 0;
  iframe.addEventListener(
    'load',
    onlyTrusted(() => {
      if (++loads === 1) return markLoaded();
      slot.hijacked = true;
      slot.onHijack();
    }),
    { signal: slot.stop.signal },
  );
  (doc.body ?? doc.documentElement).append(host);
  return slot;
}

/**
 * Puts a slot's frame on the page (a top-layer popover, where the browser has the Popover API), but
 * invisible and out of the pointer's way until revealSlot: rendered, so the card in it runs at full
 * speed (a browser stops animation frames in a frame that is not rendered, and the card's effects
 * wait for them), and unseen until the card says it is ready.
 */
export function showSlot(slot: Slot): Slot {
  try {
    (slot.layer as Slot['layer']).showPopover?.();
  } catch {
    // No Popover API: the fixed layer still renders.
  }
  return slot;
}

/** Makes a shown slot's card visible and reachable by the pointer. */
export function revealSlot(slot: Slot): void {
  slot.layer.classList.remove('pending');
}

/**
 * A closed card's frame stays this long, unseen, before it leaves the page. The card asks to close
 * from within the reader's key or click (Escape, Close), and its message comes straight through
 * its port: removing the frame at once can beat the browser's acknowledgement of that very input
 * event, which then never comes (Chromium; an automated keyboard waits for it forever).
 */
const REMOVE_AFTER_MS = 100;

/** Stops listening to a slot's card and takes its frame off the page (at once, or `gently`: hidden now, removed soon). */
export function discard(slot: Slot, gently = false) {
  slot.stop.abort();
  if (!gently) return slot.host.remove();
  slot.layer.classList.add('pending');
  setTimeout(() => slot.host.remove(), REMOVE_AFTER_MS);
}
