import type { AnchorState, AnnotationType, Mark } from '@/utils/model';
import { anchor, type TextMap } from '@/utils/page/anchoring';
import { createPainter } from '@/utils/page/painter';
import type { Slicer } from '@/utils/page/page-snapshot';

/**
 * Where each of the page's marks is anchored and painted. The session (session.ts) decides which
 * marks the page has; this module finds them in the page's text, paints them, and answers where
 * they are — kept apart so the session's state and its talk with the background read on their own.
 */
export interface MarkAnchors {
  /** Anchors every mark in one pass over one text map, then repaints. */
  anchorAll(marks: readonly Mark[]): void;
  /**
   * anchorAll in the slicer's slices, the first one in a later task, for restoring marks on load:
   * 200 marks anchored and painted in one go took 20–45 ms of a loaded Chromium's main thread.
   * A later anchorAll, sliced or not, supersedes one under way.
   */
  anchorAllInSlices(marks: readonly Mark[], slicer: Slicer): Promise<void>;
  /** Paints a range the reader just chose, anchored by definition (before the save round trip). */
  paintNew(id: string, type: AnnotationType, range: Range): void;
  /** Takes a mark off the page (a save the background refused). */
  remove(id: string): void;
  /** True when some mark is not found or its painted range no longer holds (the page changed under it). */
  needsReanchor(): boolean;
  rangeOf(id: string): Range | null;
  states(): Record<string, AnchorState>;
  /** The painted annotations under a viewport point, in paint order. */
  hitAll(x: number, y: number): string[];
  flash(id: string): void;
  relayout(): void;
  /** Puts back what the page did to Gloss's highlights, when anything is painted. */
  repair(): void;
}

export function createMarkAnchors(
  doc: Document,
  overlayLayer: () => HTMLElement,
  textMap: () => TextMap,
): MarkAnchors {
  const anchors = new Map<string, { state: AnchorState; range: Range | null }>();
  const painter = createPainter(doc, overlayLayer);
  // Bumped by every anchorAll, so a sliced pass under way knows it was superseded.
  let pass = 0;
  const start = () => {
    painter.clear();
    anchors.clear();
    return ++pass;
  };
  const anchorOne = (a: Mark) => {
    const found = anchor(textMap(), a.selectors);
    if (found) {
      painter.paint(a.id, a.type, found.range);
      anchors.set(a.id, {
        state: found.confidence >= 1 ? 'anchored' : 'approximate',
        range: found.range,
      });
    } else {
      anchors.set(a.id, { state: 'orphaned', range: null });
    }
  };
  return {
    anchorAll(marks) {
      start();
      // A page with nothing to restore never pays for a text map.
      for (const a of marks) anchorOne(a);
    },
    async anchorAllInSlices(marks, slicer) {
      const mine = start();
      for (let i = 0; i < marks.length; i++) {
        if (i === 0 || slicer.spent()) {
          await slicer.next();
          if (pass !== mine) return;
        }
        anchorOne(marks[i]);
      }
    },
    paintNew(id, type, range) {
      painter.paint(id, type, range);
      anchors.set(id, { state: 'anchored', range });
    },
    remove(id) {
      painter.remove(id);
      anchors.delete(id);
    },
    needsReanchor: () =>
      [...anchors.values()].some(
        (a) =>
          a.state === 'orphaned' ||
          (a.range !== null && (a.range.collapsed || !a.range.startContainer.isConnected)),
      ),
    rangeOf: (id) => anchors.get(id)?.range ?? null,
    states: () => Object.fromEntries([...anchors].map(([id, a]) => [id, a.state])),
    hitAll: (x, y) => painter.hitAll(x, y),
    flash: (id) => painter.flash(id),
    relayout: () => painter.relayout(),
    repair() {
      if (anchors.size > 0) painter.repair();
    },
  };
}
