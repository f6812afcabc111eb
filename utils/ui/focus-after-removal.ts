/**
 * Where the keyboard goes when the reader acts on a list item that the action removes (Accept,
 * Dismiss, Tag all): the next item's first button, else the previous one's, else `fallback` (the
 * section's heading). Without this, focus falls to the body when the item's button disappears and
 * a keyboard reader starts again from the top of the page.
 *
 * Called from the click handler, before the item leaves: the target is an item that stays, so
 * focus is moved once, in answer to the reader, and no re-render moves it again.
 */
export function focusTargetAfter(
  from: Element,
  itemSelector: string,
  within: ParentNode,
  fallback: HTMLElement | null,
): HTMLElement | null {
  const current = from.closest(itemSelector);
  const items = [...within.querySelectorAll(itemSelector)];
  const at = current ? items.indexOf(current) : -1;
  const firstButton = (item: Element | undefined) =>
    item?.querySelector<HTMLElement>('button:not([disabled])') ?? null;
  if (at < 0) return fallback;
  return firstButton(items[at + 1]) ?? firstButton(items[at - 1]) ?? fallback;
}
