import type { Annotation, AnnotationType } from '@/utils/model';
import { SHORTCUT_KEYS } from '@/utils/labels';
import type { PageSession } from './session';
import { isGlossUi } from './ui-host';

export interface Point {
  x: number;
  y: number;
}

export interface UiView {
  /** Where the selection toolbar stands, or null when hidden. */
  toolbar: Point | null;
  cardId: string | null;
  cardAt: Point | null;
  /** The card was opened from the keyboard: its note field takes the focus, so the reader can type on. */
  focusCard: boolean;
}

export interface PageUi {
  view: UiView;
  subscribe(listener: () => void): () => void;
  /** Tags the current selection; null when there is none or the save failed (see session.error). */
  tagSelection(type: AnnotationType, fromKeyboard?: boolean): Promise<Annotation | null>;
  openCard(id: string, at: Point, focus?: boolean): void;
  closeCard(): void;
  currentSelection(): Range | null;
}

type Listen = <K extends keyof WindowEventMap>(target: Window | Document, type: K, handler: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;

/** Selection toolbar, shortcuts and highlight clicks: turns page events into UI state. */
export function createPageUi(doc: Document, session: PageSession, listen: Listen): PageUi {
  const listeners = new Set<() => void>();
  const view: UiView = { toolbar: null, cardId: null, cardAt: null, focusCard: false };
  const emit = () => listeners.forEach((l) => l());

  const currentSelection = (): Range | null => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (isGlossUi(range.commonAncestorContainer) || !range.toString().trim()) return null;
    return range;
  };

  const showToolbarForSelection = () => {
    const range = currentSelection();
    if (!range) {
      if (view.toolbar) {
        view.toolbar = null;
        emit();
      }
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    view.toolbar = { x: last.left, y: last.bottom + 6 };
    view.cardId = null;
    emit();
  };

  const ui: PageUi = {
    view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentSelection,
    async tagSelection(type, fromKeyboard = false) {
      const range = currentSelection();
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      const at = view.toolbar ?? { x: rect.left, y: rect.bottom + 6 };
      view.toolbar = null;
      try {
        const { annotation, saved } = session.createFromRange(range, type);
        doc.getSelection()?.removeAllRanges();
        ui.openCard(annotation.id, at, fromKeyboard);
        return await saved;
      } catch (error) {
        session.error ??= (error as Error).message;
        if (view.cardId) view.cardId = null;
        emit(); // session.error carries the message to the UI
        return null;
      }
    },
    openCard(id, at, focus = false) {
      view.focusCard = focus;
      view.cardId = id;
      view.cardAt = at;
      view.toolbar = null;
      emit();
    },
    closeCard() {
      view.cardId = null;
      view.cardAt = null;
      session.error = null;
      emit();
    },
  };

  listen(doc, 'mouseup', (e) => {
    if (isGlossUi(e.target as Node)) return;
    // Let the browser finish the selection before reading it.
    setTimeout(() => {
      if (currentSelection()) return showToolbarForSelection();
      const hit = session.painter.hitTest(e.clientX, e.clientY);
      if (hit) ui.openCard(hit, { x: e.clientX, y: e.clientY + 12 });
      else if (view.toolbar) showToolbarForSelection();
    }, 0);
  });
  listen(doc, 'keyup', (e) => {
    if (e.key.startsWith('Shift') || e.key.startsWith('Arrow') || e.key === 'End' || e.key === 'Home') showToolbarForSelection();
  });
  listen(
    doc,
    'keydown',
    (e) => {
      if (e.key === 'Escape' && (view.toolbar || view.cardId)) {
        view.toolbar = null;
        ui.closeCard();
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const type = SHORTCUT_KEYS[e.code.replace(/^Key/, '')];
      if (type && currentSelection()) {
        e.preventDefault();
        void ui.tagSelection(type, true);
      }
    },
    { capture: true },
  );
  return ui;
}
