/**
 * Only the reader acts. Events a page makes itself (`el.click()`, `dispatchEvent(new KeyboardEvent(…))`,
 * a synthetic `mouseup`) reach a content script's listeners with `isTrusted === false`; the browser
 * sets it to true only for real input. Every listener that creates, changes, deletes or opens
 * something goes through this guard.
 */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
