import type { AnnotationType, Mark } from '@/utils/model';
import { SHORTCUT_KEYS } from '@/utils/labels';
import { chooserEntries, type ChooserEntry } from '@/utils/page/mark-chooser';
import { yieldToPage } from './yield-to-page';
import { onlyTrusted } from '@/utils/protocol/trusted';
import { sendToBackground } from '@/utils/protocol/messaging';
import type { PageSession } from './session';
import { isGlossUi } from './ui-host';
import type { CardFrame, Point } from './card-frame';

export type { Point };

export interface UiView {
  /** The selection the toolbar stands beside (a copy that follows the page's edits), or null when hidden. */
  toolbar: Range | null;
  /** A click landed on overlapping marks: which one to open. */
  chooser: { at: Point; entries: ChooserEntry[] } | null;
}

export interface PageUi {
  view: UiView;
  subscribe(listener: () => void): () => void;
  /** Tags the current selection and opens its card; null when there is none or the save failed (see session.error). */
  tagSelection(type: AnnotationType, focusCard?: boolean): Promise<Mark | null>;
  /** Opens a mark's card beside its painted range (`at` when it has none). */
  openCard(id: string, at: Point, focus?: boolean): void;
  closeCard(returnFocus?: boolean): void;
  showError(message: string): void;
  currentSelection(): Range | null;
}

type Listen = <K extends keyof WindowEventMap>(
  target: Window | Document,
  type: K,
  handler: (e: WindowEventMap[K]) => void,
  options?: AddEventListenerOptions,
) => void;

/**
 * Selection toolbar, shortcuts and highlight clicks: turns the reader's page events into UI state.
 * Every listener here goes through onlyTrusted: a page's synthetic mouseup, click or key press
 * never tags, opens or closes anything.
 */
export function createPageUi(
  doc: Document,
  session: PageSession,
  card: CardFrame,
  listen: Listen,
): PageUi {
  const listeners = new Set<() => void>();
  const view: UiView = { toolbar: null, chooser: null };
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
    view.toolbar = range.cloneRange();
    view.chooser = null;
    card.close();
    // The reader is likely to tag: find the article now, in idle time, so the save after the
    // click does not wait for Readability (and the card, which waits for the save, opens sooner).
    whenIdle(() => session.article());
    prepareCard();
    emit();
  };
  // The card's frame is built and card.html loaded while the reader selects, in a task of its own
  // (not in idle time, which a quick Alt+Shift+H can beat): the shortcut or the click then neither
  // creates a frame in its task nor waits for the card to load.
  let preparing = false;
  const prepareCard = () => {
    if (preparing || card.prepared) return;
    preparing = true;
    void yieldToPage().then(() => {
      preparing = false;
      card.prepare();
    });
  };

  const ui: PageUi = {
    view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentSelection,
    async tagSelection(type, focusCard = true) {
      const selected = currentSelection();
      if (!selected) return null;
      // A copy: the selection goes now, so a second press tags nothing twice.
      const range = selected.cloneRange();
      doc.getSelection()?.removeAllRanges();
      const rect = range.getBoundingClientRect();
      view.toolbar = null;
      try {
        // Describing the range needs the page's text map. Its walk began in idle time at the
        // selection; if that has not finished (a long page, a quick shortcut), the rest runs in short
        // slices here rather than in this keypress's task.
        await session.textReady();
        const { mark, saved } = session.createFromRange(range, type);
        // The card opens now; the background answers it once the page's save has landed.
        card.open(
          mark.id,
          () => session.rangeOf(mark.id),
          { x: rect.left, y: rect.bottom },
          requestToken(mark.id, focusCard),
          focusCard,
        );
        emit();
        return await saved;
      } catch (error) {
        if (!session.error) session.setError((error as Error).message);
        emit();
        return null;
      }
    },
    openCard(id, at, focus = false) {
      view.toolbar = view.chooser = null;
      card.open(id, () => session.rangeOf(id), at, requestToken(id, focus), focus);
      emit();
    },
    closeCard(returnFocus = false) {
      view.chooser = null;
      card.close(returnFocus);
      session.setError(null);
      emit();
    },
    showError(message) {
      session.setError(message);
      emit();
    },
  };

  listen(
    doc,
    'mouseup',
    onlyTrusted((e) => {
      if (isGlossUi(e.target as Node)) return;
      // A card that opened in the meantime (a shortcut pressed right after the drag tagged the
      // selection) keeps the keyboard: the drag's end is not also a click on the new mark.
      const opened = card.openId;
      // Let the browser finish the selection before reading it.
      setTimeout(() => {
        if (currentSelection()) return showToolbarForSelection();
        if (card.openId !== opened) return;
        const at = { x: e.clientX, y: e.clientY };
        const hits = session.marksAt(at.x, at.y);
        // Overlapping marks: the reader picks one, rather than only the top one being reachable.
        if (hits.length > 1) {
          view.toolbar = null;
          view.chooser = { at, entries: chooserEntries(hits, session.marks) };
          card.close();
          emit();
        } else if (hits.length === 1) ui.openCard(hits[0], at);
        else if (view.toolbar || view.chooser) {
          view.chooser = null;
          showToolbarForSelection();
          emit();
        }
      }, 0);
    }),
  );
  // A selection is what an annotation starts from. From the drag's first moment (or a keyboard or
  // script selection), not only its end: the text map is built then, in idle slices, not at every
  // page load (Gloss runs on every page, most never annotated), and the card has the drag's time
  // to load.
  listen(
    doc,
    'selectionchange',
    onlyTrusted(() => {
      if (doc.getSelection()?.isCollapsed !== false) return;
      session.prepare();
      prepareCard();
    }),
  );
  listen(
    doc,
    'keyup',
    onlyTrusted((e) => {
      if (
        e.key.startsWith('Shift') ||
        e.key.startsWith('Arrow') ||
        e.key === 'End' ||
        e.key === 'Home'
      )
        showToolbarForSelection();
    }),
  );
  listen(
    doc,
    'keydown',
    onlyTrusted((e) => {
      if (e.key === 'Escape' && (view.toolbar || view.chooser || card.openId)) {
        view.toolbar = null;
        ui.closeCard(true);
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const type = SHORTCUT_KEYS[e.code.replace(/^Key/, '')];
      if (type && currentSelection()) {
        e.preventDefault();
        void ui.tagSelection(type, true);
      }
    }),
    { capture: true },
  );
  return ui;
}

const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(() => task(), { timeout: 1000 })
    : setTimeout(task, 50);

async function requestToken(id: string, focus: boolean): Promise<string> {
  return (await sendToBackground('card:open', { id, focus })).token;
}
