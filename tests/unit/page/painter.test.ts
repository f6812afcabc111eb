// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter, HIGHLIGHT_PREFIX } from '../../../utils/page/painter';
import { typeColor } from '../../../utils/model/type-colors';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** happy-dom does no layout (every rect is 0×0): give a range the rects a browser would. */
function rangeAt(...boxes: Box[]): Range {
  const p = document.createElement('p');
  p.textContent = 'The minister said turnout was 90 percent.';
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  setBoxes(range, ...boxes);
  return range;
}

function setBoxes(range: Range, ...boxes: Box[]) {
  const rects = boxes.map((b) => ({
    ...b,
    x: b.left,
    y: b.top,
    right: b.left + b.width,
    bottom: b.top + b.height,
  }));
  range.getClientRects = () => rects as unknown as DOMRectList;
}

const boxesOf = (layer: HTMLElement) =>
  [...layer.children].map((el) => {
    const s = (el as HTMLElement).style;
    return {
      id: (el as HTMLElement).dataset.glossId,
      left: s.left,
      top: s.top,
      width: s.width,
      height: s.height,
    };
  });

beforeEach(() => {
  document.body.replaceChildren();
});

describe('createPainter without the CSS Custom Highlight API', () => {
  let layer: HTMLElement;
  beforeEach(() => {
    layer = document.createElement('div');
    document.body.append(layer);
  });

  it('falls back to overlay boxes, one per line box of the range, in page coordinates', () => {
    window.scrollTo(0, 0);
    const painter = createPainter(document, () => layer);
    expect(painter.mode).toBe('overlay');
    painter.paint(
      'a1',
      'claim',
      rangeAt(
        { left: 10, top: 20, width: 100, height: 16 },
        { left: 0, top: 36, width: 40, height: 16 },
        { left: 50, top: 60, width: 0, height: 16 },
      ),
    );
    expect(boxesOf(layer)).toEqual([
      { id: 'a1', left: '10px', top: '20px', width: '100px', height: '16px' },
      { id: 'a1', left: '0px', top: '36px', width: '40px', height: '16px' },
    ]);
    const el = layer.firstElementChild as HTMLElement;
    expect(el.style.pointerEvents).toBe('none');
    expect(el.style.position).toBe('absolute');
    expect(el.style.backgroundColor).toBe(typeColor('claim', 0.3));
    expect(layer.children[1].getAttribute('style')).toContain(
      `background: ${typeColor('claim', 0.3)}`,
    );
    // The page's own text is untouched.
    expect(document.querySelector('p')?.innerHTML).toBe(
      'The minister said turnout was 90 percent.',
    );
  });

  it('offsets boxes by the scroll position', () => {
    const painter = createPainter(document, () => layer);
    Object.defineProperty(window, 'scrollY', { value: 500, configurable: true });
    try {
      painter.paint('a1', 'highlight', rangeAt({ left: 10, top: 20, width: 100, height: 16 }));
      expect(boxesOf(layer)[0]).toMatchObject({ left: '10px', top: '520px' });
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('repainting an id replaces its boxes; remove and clear take them away', () => {
    const painter = createPainter(document, () => layer);
    const range = rangeAt({ left: 10, top: 20, width: 100, height: 16 });
    painter.paint('a1', 'highlight', range);
    painter.paint('a1', 'person', range);
    painter.paint(
      'a2',
      'organization',
      rangeAt(
        { left: 0, top: 100, width: 30, height: 16 },
        { left: 0, top: 116, width: 30, height: 16 },
      ),
    );
    expect(boxesOf(layer).map((b) => b.id)).toEqual(['a1', 'a2', 'a2']);
    painter.remove('a2');
    expect(boxesOf(layer).map((b) => b.id)).toEqual(['a1']);
    expect(painter.hitTest(5, 105)).toBeNull();
    painter.remove('unknown');
    painter.clear();
    expect(layer.children).toHaveLength(0);
    expect(painter.hitTest(50, 25)).toBeNull();
  });

  it('relayout redraws the boxes where the ranges now are', () => {
    const painter = createPainter(document, () => layer);
    const range = rangeAt({ left: 10, top: 20, width: 100, height: 16 });
    painter.paint('a1', 'highlight', range);
    setBoxes(
      range,
      { left: 10, top: 220, width: 60, height: 16 },
      { left: 0, top: 236, width: 60, height: 16 },
    );
    painter.relayout();
    expect(boxesOf(layer)).toEqual([
      { id: 'a1', left: '10px', top: '220px', width: '60px', height: '16px' },
      { id: 'a1', left: '0px', top: '236px', width: '60px', height: '16px' },
    ]);
  });

  it('hitTest finds the annotation under a point, the last painted winning', () => {
    const painter = createPainter(document, () => layer);
    painter.paint('outer', 'claim', rangeAt({ left: 0, top: 0, width: 200, height: 20 }));
    painter.paint('inner', 'person', rangeAt({ left: 50, top: 0, width: 40, height: 20 }));
    expect(painter.hitTest(10, 10)).toBe('outer');
    expect(painter.hitTest(60, 10)).toBe('inner');
    expect(painter.hitTest(200, 20)).toBe('outer');
    expect(painter.hitTest(201, 10)).toBeNull();
    expect(painter.hitTest(60, 30)).toBeNull();
    // Overlapping marks: every one under the point, so the reader can choose.
    expect(painter.hitAll(60, 10)).toEqual(['outer', 'inner']);
    expect(painter.hitAll(10, 10)).toEqual(['outer']);
    expect(painter.hitAll(60, 30)).toEqual([]);
  });

  it('flash outlines the boxes for a moment', () => {
    vi.useFakeTimers();
    try {
      const painter = createPainter(document, () => layer);
      painter.paint('a1', 'highlight', rangeAt({ left: 10, top: 20, width: 100, height: 16 }));
      painter.flash('a1');
      const el = layer.firstElementChild as HTMLElement;
      expect(el.style.outline).not.toBe('');
      vi.advanceTimersByTime(1200);
      expect(el.style.outline).toBe('');
      painter.flash('unknown');
    } finally {
      vi.useRealTimers();
    }
  });

  it('without an overlay layer it draws nothing but still hit-tests', () => {
    const painter = createPainter(document);
    painter.paint('a1', 'highlight', rangeAt({ left: 10, top: 20, width: 100, height: 16 }));
    expect(document.querySelectorAll('[data-gloss-id]')).toHaveLength(0);
    expect(painter.hitTest(20, 25)).toBe('a1');
  });
});

describe('createPainter with the CSS Custom Highlight API', () => {
  /** Highlight is a set-like of ranges (https://drafts.csswg.org/css-highlight-api-1/#highlight). */
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  let registry: Map<string, FakeHighlight>;
  const saved = {
    CSS: Object.getOwnPropertyDescriptor(window, 'CSS'),
    Highlight: Object.getOwnPropertyDescriptor(window, 'Highlight'),
  };

  beforeEach(() => {
    registry = new Map();
    Object.defineProperty(window, 'CSS', {
      value: { highlights: registry },
      configurable: true,
      writable: true,
    });
    Object.defineProperty(window, 'Highlight', {
      value: FakeHighlight,
      configurable: true,
      writable: true,
    });
  });
  afterEach(() => {
    for (const key of ['CSS', 'Highlight'] as const) {
      const d = saved[key];
      if (d) Object.defineProperty(window, key, d);
      else delete (window as unknown as Record<string, unknown>)[key];
    }
  });

  /** Where a range lies: the painter registers copies of Gloss's ranges, never the ranges themselves. */
  const bounds = (r: Range) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
  const layerOf = (type: string) => [...registry.get(HIGHLIGHT_PREFIX + type)!].map(bounds);

  it('registers one named highlight per type, plus the flash', () => {
    const painter = createPainter(document, () => document.body);
    expect(painter.mode).toBe('css-highlights');
    expect([...registry.keys()].sort()).toEqual([
      'gloss-claim',
      'gloss-flash',
      'gloss-highlight',
      'gloss-organization',
      'gloss-person',
    ]);
    for (const h of registry.values()) expect(h).toBeInstanceOf(FakeHighlight);
  });

  it("paints a range into its type's highlight, and moves it when the type changes", () => {
    const painter = createPainter(document);
    const a = rangeAt({ left: 0, top: 0, width: 10, height: 10 });
    const b = rangeAt({ left: 0, top: 20, width: 10, height: 10 });
    painter.paint('a', 'highlight', a);
    painter.paint('b', 'claim', b);
    expect(layerOf('highlight')).toEqual([bounds(a)]);
    expect(layerOf('claim')).toEqual([bounds(b)]);
    painter.paint('a', 'person', a);
    expect(layerOf('highlight')).toEqual([]);
    expect(layerOf('person')).toEqual([bounds(a)]);
    // Nothing is added to the page's DOM.
    expect(document.querySelectorAll('[data-gloss-id]')).toHaveLength(0);
  });

  it('repainting an id with a new range drops the old range', () => {
    const painter = createPainter(document);
    const before = rangeAt({ left: 0, top: 0, width: 10, height: 10 });
    const after = rangeAt({ left: 0, top: 50, width: 10, height: 10 });
    painter.paint('a', 'organization', before);
    painter.paint('a', 'organization', after);
    expect(layerOf('organization')).toEqual([bounds(after)]);
    expect(painter.hitTest(5, 5)).toBeNull();
    expect(painter.hitTest(5, 55)).toBe('a');
  });

  it('remove and clear take ranges out of the highlights', () => {
    const painter = createPainter(document);
    const a = rangeAt({ left: 0, top: 0, width: 10, height: 10 });
    const b = rangeAt({ left: 0, top: 20, width: 10, height: 10 });
    painter.paint('a', 'claim', a);
    painter.paint('b', 'claim', b);
    painter.remove('a');
    expect(layerOf('claim')).toEqual([bounds(b)]);
    expect(painter.hitTest(5, 5)).toBeNull();
    painter.remove('gone');
    painter.clear();
    for (const h of registry.values()) expect(h.size).toBe(0);
    expect(painter.hitTest(5, 25)).toBeNull();
    // The painter keeps working after a clear.
    painter.paint('b', 'claim', b);
    expect(layerOf('claim')).toEqual([bounds(b)]);
  });

  it('flash adds the range to the flash highlight for a moment', () => {
    vi.useFakeTimers();
    try {
      const painter = createPainter(document);
      const a = rangeAt({ left: 0, top: 0, width: 10, height: 10 });
      painter.paint('a', 'person', a);
      painter.flash('a');
      expect(layerOf('flash')).toEqual([bounds(a)]);
      expect(layerOf('person')).toEqual([bounds(a)]);
      vi.advanceTimersByTime(1200);
      expect(layerOf('flash')).toEqual([]);
      painter.flash('unknown');
      expect(layerOf('flash')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts back what a page did to CSS.highlights: deleted entries, moved ranges, added ranges, cleared layers', () => {
    const painter = createPainter(document);
    const p = document.createElement('p');
    p.textContent = 'The minister said turnout was 90 percent.';
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 4);
    range.setEnd(p.firstChild!, 12);
    painter.paint('a', 'claim', range);
    expect(painter.repair()).toBe(false);

    // The page moves the painted range onto other words: Gloss's own range was never handed out.
    const shown = [...registry.get('gloss-claim')!][0];
    shown.setStart(p.firstChild!, 18);
    shown.setEnd(p.firstChild!, 25);
    expect(painter.repair()).toBe(true);
    expect(layerOf('claim')).toEqual([bounds(range)]);

    // It deletes the entry, slips in a range of its own, clears a layer.
    registry.delete('gloss-claim');
    expect(painter.repair()).toBe(true);
    expect(layerOf('claim')).toEqual([bounds(range)]);
    const forged = document.createRange();
    forged.selectNodeContents(p);
    registry.get('gloss-claim')!.add(forged);
    registry.get('gloss-claim')!.clear();
    registry.get('gloss-person')!.add(forged);
    expect(painter.repair()).toBe(true);
    expect(layerOf('claim')).toEqual([bounds(range)]);
    expect(layerOf('person')).toEqual([]);
    expect(painter.repair()).toBe(false);
    p.remove();
  });

  it("hitTest reads the ranges' client rects", () => {
    const painter = createPainter(document);
    painter.paint(
      'a',
      'claim',
      rangeAt(
        { left: 0, top: 0, width: 100, height: 20 },
        { left: 0, top: 20, width: 30, height: 20 },
      ),
    );
    expect(painter.hitTest(20, 30)).toBe('a');
    expect(painter.hitTest(50, 30)).toBeNull();
  });
});
