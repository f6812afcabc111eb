/**
 * The card's line to the content script that framed it: the MessagePort that came with the card's
 * token. Never `window.parent.postMessage`: a message posted to the page hands the page this
 * frame's window (`event.source`), through which it could point the frame at a look-alike of its
 * own. The port reaches only the script that created it, so the page learns nothing from it.
 */
export type ToPage =
  | { type: 'gloss:card-heard' }
  | { type: 'gloss:card-size'; height: number }
  | { type: 'gloss:card-ready'; focused: boolean }
  | { type: 'gloss:card-close' };

let toPage: MessagePort | null = null;
// The card's height before its line is open (it renders before its token arrives), sent once it is.
let lastHeight: number | null = null;

/** Tells the content script what it needs: the card's height, that it is ready (and whether it holds the keyboard), or to close it. */
export function tellPage(message: ToPage): void {
  if (message.type === 'gloss:card-size') lastHeight = message.height;
  toPage?.postMessage(message);
}

/** Answers a token's port at once: the content script takes a frame that does not for a look-alike. */
export function acknowledge(port: MessagePort): void {
  port.postMessage({ type: 'gloss:card-heard' } satisfies ToPage);
}

/** Opens the line on the port of the token that redeemed (so a port a page posted never carries it). */
export function openLine(port: MessagePort): void {
  toPage = port;
  if (lastHeight !== null) tellPage({ type: 'gloss:card-size', height: lastHeight });
}
