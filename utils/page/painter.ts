import { ANNOTATION_TYPES, type AnnotationType } from '../model';
import { typeColor } from '../model/type-colors';

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
  /** Every painted annotation under a viewport point, in paint order (overlapping marks). */
  hitAll(x: number, y: number): string[];
  flash(id: string): void;
  /** Recomputes overlay boxes after layout changes; a no-op for CSS highlights. */
  relayout(): void;
  /**
   * Puts back what a page removed or changed: `CSS.highlights` is shared with the page's scripts,
   * which can delete Gloss's entries, clear them, add ranges or move the ones painted. Returns true
   * when something had to be repaired.
   */
  repair(): boolean;
  readonly mode: 'css-highlights' | 'overlay';
}

export const HIGHLIGHT_PREFIX = 'gloss-';
const FLASH_MS = 1200;

/** Translucent, so the page's text reads through the overlay's boxes (as through the ::highlight rules). */
const OVERLAY_ALPHA: Record<AnnotationType, number> = {
  highlight: 0.45,
  person: 0.35,
  organization: 0.35,
  claim: 0.3,
};

interface Painted {
  type: AnnotationType;
  /** Gloss's own range: never handed to the page. */
  range: Range;
  /** The copy registered in CSS.highlights, which the page can read and move. */
  shown: Range;
}

/** Both ranges follow the same DOM edits; they part only when someone moved the shown one. */
const sameBoundaries = (a: Range, b: Range) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;

export function createPainter(doc: Document, overlayLayer?: () => HTMLElement): Painter {
  const win = doc.defaultView as
    (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Map<string, Set<Range>> } }) | null;
  const registry = win?.CSS?.highlights;
  const painted = new Map<string, Painted>();
  const rectsOf = (range: Range) =>
    Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);

  const hitAll = (x: number, y: number) =>
    [...painted]
      .filter(([, { range }]) =>
        rectsOf(range).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      )
      .map(([id]) => id);
  const hitTest = (x: number, y: number) => hitAll(x, y).at(-1) ?? null;

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
      if (old) layers.get(old.type)!.delete(old.shown);
      painted.delete(id);
    };
    return {
      mode: 'css-highlights',
      paint(id, type, range) {
        remove(id);
        const shown = range.cloneRange();
        painted.set(id, { type, range, shown });
        layers.get(type)!.add(shown);
      },
      remove,
      clear() {
        for (const layer of layers.values()) layer.clear();
        painted.clear();
      },
      hitTest,
      hitAll,
      flash(id) {
        const p = painted.get(id);
        if (!p) return;
        const flash = layers.get('flash')!;
        flash.add(p.shown);
        // A second flash of the same range restarts the clock instead of being cut short by the first.
        clearTimeout(flashTimers.get(p.shown));
        flashTimers.set(
          p.shown,
          setTimeout(() => flash.delete(p.shown), FLASH_MS),
        );
      },
      relayout() {},
      repair() {
        let repaired = false;
        for (const [name, layer] of layers) {
          const settable = layer as Set<Range> & { priority?: number; type?: string };
          // A page can also demote a highlight below its own or restyle it as a spelling error.
          if (typeof settable.priority === 'number' && settable.priority !== 0) {
            settable.priority = 0;
            repaired = true;
          }
          if (typeof settable.type === 'string' && settable.type !== 'highlight') {
            settable.type = 'highlight';
            repaired = true;
          }
          if (registry.get(HIGHLIGHT_PREFIX + name) !== layer) {
            registry.set(HIGHLIGHT_PREFIX + name, layer);
            repaired = true;
          }
        }
        const expected = new Map<string, number>();
        for (const p of painted.values()) {
          const layer = layers.get(p.type)!;
          if (!sameBoundaries(p.shown, p.range)) {
            layer.delete(p.shown);
            p.shown = p.range.cloneRange();
            repaired = true;
          }
          if (!layer.has(p.shown)) {
            layer.add(p.shown);
            repaired = true;
          }
          expected.set(p.type, (expected.get(p.type) ?? 0) + 1);
        }
        // Ranges a page slipped into Gloss's highlights would pass for the reader's marks.
        for (const type of ANNOTATION_TYPES) {
          const layer = layers.get(type)!;
          if (layer.size === (expected.get(type) ?? 0)) continue;
          const ours = new Set(
            [...painted.values()].filter((p) => p.type === type).map((p) => p.shown),
          );
          for (const r of [...layer]) if (!ours.has(r)) layer.delete(r);
          repaired = true;
        }
        return repaired;
      },
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
      el.style.cssText = `position:absolute;pointer-events:none;left:${r.left + (win?.scrollX ?? 0)}px;top:${r.top + (win?.scrollY ?? 0)}px;width:${r.width}px;height:${r.height}px;background:${typeColor(p.type, OVERLAY_ALPHA[p.type])};mix-blend-mode:multiply;`;
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
      painted.set(id, { type, range, shown: range });
      draw(id);
    },
    remove,
    clear() {
      for (const id of [...painted.keys()]) remove(id);
    },
    hitTest,
    hitAll,
    flash(id) {
      for (const el of boxes.get(id) ?? []) {
        el.style.outline = '3px solid rgb(255,140,0)';
        setTimeout(() => (el.style.outline = ''), FLASH_MS);
      }
    },
    relayout() {
      for (const id of painted.keys()) draw(id);
    },
    repair() {
      // The overlay lives in Gloss's shadow root; a page that removes it is handled by the UI remount.
      return false;
    },
  };
}
