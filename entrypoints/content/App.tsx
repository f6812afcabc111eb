import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { AnnotationType } from '@/utils/model';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import type { PageSession } from './session';
import type { PageUi } from './ui-controller';

interface Props {
  session: PageSession;
  ui: PageUi;
}

/**
 * The in-page UI in the page's world: the selection toolbar and error line, in one top-layer
 * popover. It holds nothing private — the annotation card is a framed extension page (card-frame.ts).
 */
export function App({ session, ui }: Props) {
  const [, rerender] = useReducer((n: number, _action: void) => n + 1, 0);
  const layer = useRef<HTMLDivElement>(null);

  useEffect(() => session.subscribe(rerender), [session]);
  useEffect(() => ui.subscribe(rerender), [ui]);

  // The Popover API puts the UI in the top layer, above any z-index a page can set. The layer stays
  // open (empty when there is nothing to show): hiding a popover sends the keyboard focus back to
  // where it was when the popover opened, which would pull it out of a card that just took it.
  useEffect(() => {
    const el = layer.current as (HTMLDivElement & { showPopover?: () => void }) | null;
    const visible = ui.view.toolbar !== null || session.error !== null;
    if (!el?.showPopover || !visible) return;
    try {
      if (!el.matches(':popover-open')) el.showPopover();
    } catch {
      // Not connected yet (a hostile page removed our host): the controller re-mounts it.
    }
  });

  const at = ui.view.toolbar;
  const style = at
    ? `left:${Math.max(4, at.x)}px;top:${Math.max(4, at.y)}px;`
    : 'left:8px;top:8px;';
  return (
    <div ref={layer} class="gloss-layer" popover="manual" style={style}>
      {session.error && (
        <p class="gloss-error" role="alert">
          {session.error}
        </p>
      )}
      {/* Only a real click tags: a page's element.click() on these buttons has isTrusted === false. */}
      {ui.view.toolbar && (
        <SelectionToolbar
          onAction={(type: AnnotationType) => void ui.tagSelection(type)}
          trustedOnly
        />
      )}
    </div>
  );
}
