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
 * A card's frame, built and in the page but hidden. Without `src` it stays empty (about:blank):
 * creating a frame is the browser's costliest step in opening a card (16–33 ms of one task in a
 * trace of the longest corpus page), so it can be done ahead, in idle time, and startSlot then only
 * points it at the card.
 */
export function buildSlot(doc: Document, src: string | null = null): Slot {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  layer.setAttribute('popover', 'manual');
  const iframe = doc.createElement('iframe');
  iframe.title = 'Gloss annotation card';
  if (src) iframe.src = src;
  layer.append(iframe);
  shadow.append(style, layer);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    layer,
    iframe,
    loaded: Promise.resolve(),
    stop: new AbortController(),
    hijacked: false,
    onHijack: () => {},
  };
}

/**
 * Loads card.html in the slot's frame and shows it. The frame's loads are counted from here: the
 * first is the card; a second means the page re-pointed the frame.
 */
export function startSlot(slot: Slot, src: string): Slot {
  let loads = 0;
  let markLoaded!: () => void;
  slot.loaded = new Promise((r) => (markLoaded = r));
  slot.iframe.addEventListener(
    'load',
    onlyTrusted(() => {
      if (++loads === 1) return markLoaded();
      slot.hijacked = true;
      slot.onHijack();
    }),
    { signal: slot.stop.signal },
  );
  if (slot.iframe.getAttribute('src') !== src) slot.iframe.src = src;
  try {
    (slot.layer as Slot['layer']).showPopover?.();
  } catch {
    // No Popover API: the fixed layer still renders.
  }
  return slot;
}

export const createSlot = (doc: Document, src: string): Slot => startSlot(buildSlot(doc, src), src);

export function discard(slot: Slot) {
  slot.stop.abort();
  slot.host.remove();
}
