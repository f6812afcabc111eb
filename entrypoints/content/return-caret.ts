import { CARET_TAG } from './ui-host';

/**
 * Gives the reader their place back after a card that took the keyboard closes: a caret at the
 * end of the text they tagged, and the browser's sequential focus navigation starting point there
 * too, so Tab goes on to the next link after it. Setting the selection alone does not move that
 * starting point; the card's frame, removed from the end of the body, would leave it there and Tab
 * would start over from the top of the page. Focusing a marker at that spot and removing it at
 * once moves it (https://html.spec.whatwg.org/#sequential-focus-navigation-starting-point).
 */
export function returnCaret(doc: Document, range: Range): void {
  const { endContainer: end, endOffset } = range;
  const marker = doc.createElement(CARET_TAG);
  marker.tabIndex = -1;
  // Beside the text node holding the end, never inside it: splitting the page's text would move
  // its ranges (and Gloss's).
  if (end.nodeType === Node.TEXT_NODE) end.parentNode?.insertBefore(marker, end.nextSibling);
  else end.insertBefore(marker, end.childNodes[endOffset] ?? null);
  marker.focus({ preventScroll: true });
  marker.remove();
  doc.getSelection()?.collapse(end, endOffset);
}
