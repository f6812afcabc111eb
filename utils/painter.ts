import { ANNOTATION_TYPES, type AnnotationType } from './model';

/**
 * Paints annotation ranges on the page without touching its DOM text.
 *
 * With the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+) each type is one
 * named Highlight in `CSS.highlights`, styled by `::highlight(gloss-<type>)` rules (entrypoints/content/highlights.css). Without it,
 * the fallback draws translucent boxes from `range.getClientRects()` in an overlay layer that
 * ignores the pointer — still no wrapping of the page's text nodes, which would break sites that
 * diff or re-render their own markup.
 */
export interface Painter {
  paint(id: string, type: AnnotationType, range: Range): void;
  remove(id: string): void;
  clear(): void;
  /** The painted annotation under a viewport point, if any (last painted wins). */
  hitTest(x: number, y: number): string | null;
  flash(id: string): void;
  /** Recomputes overlay boxes after layout changes; a no-op for CSS highlights. */
  relayout(): void;
  readonly mode: 'css-highlights' | 'overlay';
}

export const HIGHLIGHT_PREFIX = 'gloss-';
const FLASH_MS = 1200;

export const OVERLAY_COLORS: Record<AnnotationType, string> = {
  highlight: 'rgba(255, 214, 0, 0.45)',
  person: 'rgba(64, 156, 255, 0.35)',
  organization: 'rgba(46, 204, 113, 0.35)',
  claim: 'rgba(255, 99, 71, 0.30)',
};

interface Painted {
  type: AnnotationType;
  range: Range;
}

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;

export function createPainter(doc: Document, overlayLayer?: () => HTMLElement): Painter {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Map<string, Set<Range>> } }) | null;
  const registry = win?.CSS?.highlights;
  const painted = new Map<string, Painted>();
  const rectsOf = (range: Range) => Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);

  const hitTest = (x: number, y: number) => {
    let hit: string | null = null;
    for (const [id, { range }] of painted) {
      if (rectsOf(range).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) hit = id;
    }
    return hit;
  };

  const flashTimers = new WeakMap<Range, ReturnType<typeof setTimeout>>();

  if (registry && win?.Highlight) {
    const Highlight = win.Highlight;
    const layers = new Map<string, Set<Range>>();
    for (const name of [...ANNOTATION_TYPES, 'flash']) {
      const h = new Highlight();
      layers.set(name, h);
      registry.set(HIGHLIGHT_PREFIX + name, h);
    }
    const remove = (id: string) => {
      const old = painted.get(id);
      if (old) layers.get(old.type)!.delete(old.range);
      painted.delete(id);
    };
    return {
      mode: 'css-highlights',
      paint(id, type, range) {
        remove(id);
        painted.set(id, { type, range });
        layers.get(type)!.add(range);
      },
      remove,
      clear() {
        for (const layer of layers.values()) layer.clear();
        painted.clear();
      },
      hitTest,
      flash(id) {
        const p = painted.get(id);
        if (!p) return;
        const flash = layers.get('flash')!;
        flash.add(p.range);
        // A second flash of the same range restarts the clock instead of being cut short by the first.
        clearTimeout(flashTimers.get(p.range));
        flashTimers.set(p.range, setTimeout(() => flash.delete(p.range), FLASH_MS));
      },
      relayout() {},
    };
  }

  const boxes = new Map<string, HTMLElement[]>();
  const draw = (id: string) => {
    for (const el of boxes.get(id) ?? []) el.remove();
    const p = painted.get(id);
    if (!p || !overlayLayer) return;
    const layer = overlayLayer();
    const els = rectsOf(p.range).map((r) => {
      const el = doc.createElement('div');
      el.style.cssText = `position:absolute;pointer-events:none;left:${r.left + (win?.scrollX ?? 0)}px;top:${r.top + (win?.scrollY ?? 0)}px;width:${r.width}px;height:${r.height}px;background:${OVERLAY_COLORS[p.type]};mix-blend-mode:multiply;`;
      el.dataset.glossId = id;
      layer.append(el);
      return el;
    });
    boxes.set(id, els);
  };
  const remove = (id: string) => {
    for (const el of boxes.get(id) ?? []) el.remove();
    boxes.delete(id);
    painted.delete(id);
  };
  return {
    mode: 'overlay',
    paint(id, type, range) {
      painted.set(id, { type, range });
      draw(id);
    },
    remove,
    clear() {
      for (const id of [...painted.keys()]) remove(id);
    },
    hitTest,
    flash(id) {
      for (const el of boxes.get(id) ?? []) {
        el.style.outline = '3px solid rgb(255,140,0)';
        setTimeout(() => (el.style.outline = ''), FLASH_MS);
      }
    },
    relayout() {
      for (const id of painted.keys()) draw(id);
    },
  };
}
