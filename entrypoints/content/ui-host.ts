/** Marks Gloss's own UI so anchoring, selection and mutation handling leave it out. */
export const UI_HOST_TAG = 'gloss-ui';
/** The framed card's host: a closed shadow root of its own (see card-frame.ts). */
export const CARD_HOST_TAG = 'gloss-card';

export function isGlossUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (
      n.nodeType === 1 &&
      ((n as Element).localName === UI_HOST_TAG || (n as Element).localName === CARD_HOST_TAG)
    )
      return true;
  }
  return false;
}
