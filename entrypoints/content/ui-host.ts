/** Marks Gloss's own UI so anchoring, selection and mutation handling leave it out. */
export const UI_HOST_TAG = 'gloss-ui';
/** The framed card's host: a closed shadow root of its own (see card-frame.ts). */
export const CARD_HOST_TAG = 'gloss-card';
/** Claim status underlines: a closed shadow root the page cannot read (see status-layer.ts). */
export const STATUS_HOST_TAG = 'gloss-status';
/** A marker put in the page for an instant to give the reader's Tab position back (return-caret.ts). */
export const CARET_TAG = 'gloss-caret';

export function isGlossUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (
      n.nodeType === 1 &&
      [UI_HOST_TAG, CARD_HOST_TAG, STATUS_HOST_TAG, CARET_TAG].includes((n as Element).localName)
    )
      return true;
  }
  return false;
}

/** True when a DOM mutation came from the page rather than from Gloss (its UI, its hosts coming and going). */
export function isPageMutation(record: MutationRecord): boolean {
  if (isGlossUi(record.target)) return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length === 0 || !nodes.every(isGlossUi);
}
