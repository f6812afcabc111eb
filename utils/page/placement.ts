/**
 * Where a floating box (the selection toolbar, the framed card) goes beside the text it is about:
 * inside the viewport, never over the selected text, and — when it sits below — never over the line
 * under the selection either (the reader's eye goes there next). Pure geometry in viewport (client)
 * coordinates, so it is tested without a browser and re-run on every scroll frame.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Side = 'below' | 'above' | 'below-tight' | 'right' | 'left' | 'over';
export interface Placement {
  x: number;
  y: number;
  side: Side;
  /** False when the anchor is scrolled out of the viewport: the box is pinned to the nearest edge. */
  visible: boolean;
}

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, max));
const area = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * `anchor` is the text's line boxes in reading order (Range#getClientRects); empty boxes are
 * ignored. Candidates, first that fits wins: below the last line leaving the next line free; above
 * the first line; right under the last line; right, then left of the whole text; else the spot of
 * the viewport that covers least of the text (a selection taller than the window).
 */
export function place(
  anchor: readonly Rect[],
  box: Size,
  viewport: Size,
  margin = 8,
  gap = 6,
): Placement {
  const lines = anchor.filter((r) => r.right > r.left && r.bottom > r.top);
  const first = lines[0] ?? anchor[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const last = lines[lines.length - 1] ?? first;
  const bounds = lines.reduce(
    (b, r) => ({
      left: Math.min(b.left, r.left),
      top: Math.min(b.top, r.top),
      right: Math.max(b.right, r.right),
      bottom: Math.max(b.bottom, r.bottom),
    }),
    first,
  );
  const maxX = Math.max(margin, viewport.width - box.width - margin);
  const maxY = Math.max(margin, viewport.height - box.height - margin);
  const fitsX = (x: number) => x >= margin && x + box.width <= viewport.width - margin;
  const fitsY = (y: number) => y >= margin && y + box.height <= viewport.height - margin;
  const at = (x: number, y: number, side: Side, visible = true): Placement => ({
    x: clamp(x, margin, maxX),
    y: clamp(y, margin, maxY),
    side,
    visible,
  });

  // Scrolled out of sight: stay at the edge it left by, aligned with it.
  if (bounds.bottom <= 0) return at(first.left, margin, 'over', false);
  if (bounds.top >= viewport.height) return at(last.left, maxY, 'over', false);

  const lineHeight = last.bottom - last.top;
  const below = last.bottom + lineHeight + gap;
  if (fitsY(below)) return at(last.left, below, 'below');
  const above = first.top - gap - box.height;
  if (fitsY(above)) return at(first.left, above, 'above');
  if (fitsY(last.bottom + gap)) return at(last.left, last.bottom + gap, 'below-tight');
  const besideY = clamp(bounds.top, margin, maxY);
  if (fitsX(bounds.right + gap)) return at(bounds.right + gap, besideY, 'right');
  if (fitsX(bounds.left - gap - box.width))
    return at(bounds.left - gap - box.width, besideY, 'left');

  // Nowhere free: the top or bottom edge, whichever hides less of the text.
  const covered = (p: Placement) =>
    lines.reduce(
      (sum, r) =>
        sum + area(r, { left: p.x, top: p.y, right: p.x + box.width, bottom: p.y + box.height }),
      0,
    );
  const top = at(last.left, margin, 'over');
  const bottom = at(last.left, maxY, 'over');
  return covered(bottom) <= covered(top) ? bottom : top;
}

/** A point as a zero-size anchor (a click position with no text range to follow). */
export const pointRect = (x: number, y: number): Rect => ({
  left: x,
  top: y,
  right: x,
  bottom: y,
});
