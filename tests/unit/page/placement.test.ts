// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  place,
  pointRect,
  type Placement,
  type Rect,
  type Size,
} from '../../../utils/page/placement';

const VIEW: Size = { width: 1280, height: 900 };
const TOOLBAR: Size = { width: 330, height: 36 };
const CARD: Size = { width: 340, height: 345 };
const MARGIN = 8;

/** One line of text, 20 px tall. */
const line = (left: number, top: number, width = 200, height = 20): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const boxOf = (p: Placement, size: Size): Rect => ({
  left: p.x,
  top: p.y,
  right: p.x + size.width,
  bottom: p.y + size.height,
});
const overlaps = (a: Rect, b: Rect) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const inside = (r: Rect, view = VIEW) =>
  r.left >= MARGIN &&
  r.top >= MARGIN &&
  r.right <= view.width - MARGIN &&
  r.bottom <= view.height - MARGIN;
/** The line under the last one of a selection (same column, the next 20 px). */
const lineBelow = (r: Rect): Rect => ({
  ...r,
  left: 0,
  right: 1280,
  top: r.bottom,
  bottom: r.bottom + 20,
});

describe('place', () => {
  it('puts the box below the selection, leaving the next line free, aligned with the last line', () => {
    const sel = [line(100, 300)];
    const p = place(sel, TOOLBAR, VIEW);
    expect(p.side).toBe('below');
    expect(p.x).toBe(100);
    const box = boxOf(p, TOOLBAR);
    expect(overlaps(box, sel[0])).toBe(false);
    expect(overlaps(box, lineBelow(sel[0]))).toBe(false);
    expect(p.visible).toBe(true);
  });

  it('goes above when the selection is the last line on screen: every button stays visible', () => {
    const sel = [line(100, 870)];
    const p = place(sel, TOOLBAR, VIEW);
    expect(p.side).toBe('above');
    const box = boxOf(p, TOOLBAR);
    expect(inside(box)).toBe(true);
    expect(overlaps(box, sel[0])).toBe(false);
  });

  it('places a tall card above a selection near the bottom, fully inside', () => {
    const sel = [line(60, 700), line(20, 720, 600)];
    const p = place(sel, CARD, VIEW);
    expect(p.side).toBe('above');
    const box = boxOf(p, CARD);
    expect(inside(box)).toBe(true);
    for (const r of sel) expect(overlaps(box, r)).toBe(false);
  });

  it('hugs the last line when neither a free line below nor room above is left', () => {
    // A 100 px window: the toolbar fits under the line, not under the next one, not above.
    const view = { width: 800, height: 100 };
    const sel = [line(50, 20)];
    const p = place(sel, TOOLBAR, view);
    expect(p.side).toBe('below-tight');
    const box = boxOf(p, TOOLBAR);
    expect(inside(box, view)).toBe(true);
    expect(overlaps(box, sel[0])).toBe(false);
  });

  it('goes beside a selection taller than the window allows above and below', () => {
    const sel = Array.from({ length: 40 }, (_, i) => line(100, 50 + i * 20, 500));
    const p = place(sel, CARD, VIEW);
    expect(p.side).toBe('right');
    const box = boxOf(p, CARD);
    expect(inside(box)).toBe(true);
    for (const r of sel) expect(overlaps(box, r)).toBe(false);
  });

  it('goes left when the text runs to the right edge', () => {
    const sel = Array.from({ length: 40 }, (_, i) => line(500, 50 + i * 20, 700));
    const p = place(sel, CARD, VIEW);
    expect(p.side).toBe('left');
    const box = boxOf(p, CARD);
    expect(inside(box)).toBe(true);
    for (const r of sel) expect(overlaps(box, r)).toBe(false);
  });

  it('with no free spot at all, stays inside and covers as little of the text as it can', () => {
    // Full-width text filling the window except for a short free strip at the top.
    const sel = Array.from({ length: 40 }, (_, i) => line(0, 200 + i * 20, 1280));
    const p = place(sel, CARD, VIEW);
    expect(p.side).toBe('over');
    expect(inside(boxOf(p, CARD))).toBe(true);
    expect(p.y).toBe(MARGIN); // the top hides less of it than the bottom
  });

  it('never leaves the right edge: a selection ending at the window edge shifts the box left', () => {
    const sel = [line(1200, 300, 70)];
    const p = place(sel, TOOLBAR, VIEW);
    expect(p.x + TOOLBAR.width).toBeLessThanOrEqual(VIEW.width - MARGIN);
    expect(p.x).toBe(VIEW.width - MARGIN - TOOLBAR.width);
  });

  it('never leaves the left edge', () => {
    const p = place([line(-40, 300, 100)], TOOLBAR, VIEW);
    expect(p.x).toBe(MARGIN);
  });

  it('a box wider than the window sits at the left margin', () => {
    const view = { width: 300, height: 600 };
    const p = place([line(100, 100)], CARD, view);
    expect(p.x).toBe(MARGIN);
  });

  it('a box taller than the window sits at the top margin', () => {
    const view = { width: 1280, height: 300 };
    const p = place([line(100, 150)], CARD, view);
    expect(p.y).toBe(MARGIN);
  });

  it('aligns with the first line when above and the last line when below (multi-line selections)', () => {
    const below = place([line(400, 100), line(20, 120, 300)], TOOLBAR, VIEW);
    expect(below.x).toBe(20);
    const above = place([line(400, 860), line(20, 880, 300)], TOOLBAR, VIEW);
    expect(above.side).toBe('above');
    expect(above.x).toBe(400);
  });

  it('ignores the empty line boxes a range reports at line ends', () => {
    const sel = [line(100, 300), { left: 300, top: 300, right: 300, bottom: 320 }, line(0, 860)];
    const p = place(sel, TOOLBAR, VIEW);
    // The last real line is at the bottom: above the first line then.
    expect(p.side).toBe('above');
    expect(overlaps(boxOf(p, TOOLBAR), sel[0])).toBe(false);
  });

  it('follows the text as it scrolls: same offset below it, then flips above near the bottom', () => {
    const at = (top: number) => place([line(100, top)], TOOLBAR, VIEW);
    expect(at(300).y - 300).toBe(at(200).y - 200);
    expect(at(200).side).toBe('below');
    expect(at(880).side).toBe('above');
  });

  it('reports a selection scrolled out of sight, pinned to the edge it left by', () => {
    const up = place([line(100, -200)], CARD, VIEW);
    expect(up).toMatchObject({ visible: false, y: MARGIN });
    const down = place([line(100, 1200)], CARD, VIEW);
    expect(down).toMatchObject({ visible: false, y: VIEW.height - MARGIN - CARD.height });
  });

  it('a partly visible selection still counts as visible', () => {
    expect(place([line(100, -10)], TOOLBAR, VIEW).visible).toBe(true);
  });

  it('takes a click point as its anchor', () => {
    const p = place([pointRect(500, 400)], CARD, VIEW);
    expect(p.visible).toBe(true);
    expect(inside(boxOf(p, CARD))).toBe(true);
    expect(p.x).toBe(500);
  });

  it('handles no anchor at all without throwing (top-left, inside)', () => {
    const p = place([], TOOLBAR, VIEW);
    expect(inside(boxOf(p, TOOLBAR))).toBe(true);
  });

  it('keeps every placement inside the viewport for selections at each edge and corner', () => {
    const view = { width: 1024, height: 700 };
    for (const size of [TOOLBAR, CARD])
      for (const left of [0, 10, 500, 900, 1000])
        for (const top of [0, 5, 300, 660, 680]) {
          const sel = [line(left, top, Math.min(200, view.width - left))];
          const box = boxOf(place(sel, size, view), size);
          expect(inside(box, view), `${size.width}x${size.height} at ${left},${top}`).toBe(true);
          expect(overlaps(box, sel[0]), `${size.width} at ${left},${top} covers the text`).toBe(
            false,
          );
        }
  });
});
