import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { AnnotationType } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';
import { place, pointRect, type Rect } from '@/utils/page/placement';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import type { PageSession } from './session';
import type { PageUi } from './ui-controller';
import { lineRects, viewportSize, type ViewportWatch } from './viewport';

interface Props {
  session: PageSession;
  ui: PageUi;
  watch: ViewportWatch;
}

type Layer = HTMLDivElement & { showPopover?: () => void };

/**
 * The in-page UI in the page's world: the selection toolbar, the chooser for overlapping marks and
 * the error line, in one top-layer popover. It holds nothing private — the annotation card is a
 * framed extension page (card-frame.ts), claim statuses live in a closed root (status-layer.ts).
 */
export function App({ session, ui, watch }: Props) {
  const [, rerender] = useReducer((n: number, _action: void) => n + 1, 0);
  const layer = useRef<Layer>(null);

  useEffect(() => session.subscribe(rerender), [session]);
  useEffect(() => ui.subscribe(rerender), [ui]);

  const { toolbar, chooser } = ui.view;
  // Beside the selection (or the marks clicked), inside the window, off the text and the line under it;
  // it follows the text as the page scrolls. A toolbar whose selection scrolled away hides.
  const anchorRects = (): Rect[] => {
    if (toolbar) return lineRects(toolbar);
    if (!chooser) return [];
    // The chooser stands by the innermost of the marks clicked (its first entry), so it follows too.
    const marked = lineRects(session.rangeOf(chooser.entries[0]?.id ?? ''));
    return marked.length ? marked : [pointRect(chooser.at.x, chooser.at.y)];
  };
  const position = () => {
    const el = layer.current;
    if (!el) return;
    const anchor = anchorRects();
    // Measured at the window's corner, where nothing squeezes it.
    el.style.left = el.style.top = '0px';
    const p = place(anchor, el.getBoundingClientRect(), viewportSize(document));
    el.style.left = `${anchor.length ? p.x : 8}px`;
    el.style.top = `${anchor.length ? p.y : 8}px`;
    el.style.visibility = p.visible || !anchor.length ? '' : 'hidden';
  };

  // The Popover API puts the UI in the top layer, above any z-index a page can set. The layer stays
  // open (empty when there is nothing to show): hiding a popover sends the keyboard focus back to
  // where it was when the popover opened, which would pull it out of a card that just took it.
  useLayoutEffect(() => {
    const el = layer.current;
    const visible = toolbar !== null || chooser !== null || session.error !== null;
    if (el?.showPopover && visible) {
      try {
        if (!el.matches(':popover-open')) el.showPopover();
      } catch {
        // Not connected yet (a hostile page removed our host): the controller re-mounts it.
      }
    }
    position();
    return toolbar || chooser ? watch.add(position) : undefined;
  });

  return (
    <div ref={layer} class="gloss-layer" popover="manual">
      {session.error && (
        <p class="gloss-error" role="alert">
          {session.error}
        </p>
      )}
      {/* Only a real click tags: a page's element.click() on these buttons has isTrusted === false. */}
      {toolbar && (
        <SelectionToolbar
          onAction={(type: AnnotationType) => void ui.tagSelection(type)}
          trustedOnly
        />
      )}
      {chooser && (
        <div class="gloss-toolbar gloss-chooser" role="group" aria-label="Gloss: marks here">
          {chooser.entries.map(({ id, type, quoteStart }) => (
            <button
              type="button"
              key={id}
              class={`gloss-btn gloss-btn-${type}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => e.isTrusted && ui.openCard(id, chooser.at)}
            >
              {TYPE_LABELS[type]}: “{quoteStart}”
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
