import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { AnnotationType } from '@/utils/model';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { AnnotationCard } from '@/components/AnnotationCard';
import type { PageSession } from './session';
import type { PageUi } from './ui-controller';

interface Props {
  session: PageSession;
  ui: PageUi;
}

/** The in-page UI: the selection toolbar and the card of the open annotation, in one top-layer popover. */
export function App({ session, ui }: Props) {
  const [, rerender] = useReducer((n: number, _action: void) => n + 1, 0);
  const [view, setView] = useState(ui.view);
  const layer = useRef<HTMLDivElement>(null);

  useEffect(() => session.subscribe(rerender), [session]);
  useEffect(() => ui.subscribe(() => setView({ ...ui.view })), [ui]);

  // The Popover API puts the UI in the top layer, above any z-index a page can set.
  useEffect(() => {
    const el = layer.current as (HTMLDivElement & { showPopover?: () => void; hidePopover?: () => void }) | null;
    if (!el?.showPopover) return;
    const visible = view.toolbar !== null || view.cardId !== null || session.error !== null;
    try {
      if (visible && !el.matches(':popover-open')) el.showPopover();
      if (!visible && el.matches(':popover-open')) el.hidePopover?.();
    } catch {
      // Not connected yet (a hostile page removed our host): the controller re-mounts it.
    }
  });

  const card = view.cardId ? session.annotations.find((a) => a.id === view.cardId) : undefined;
  const at = view.toolbar ?? view.cardAt;
  const style = at ? `left:${Math.max(4, at.x)}px;top:${Math.max(4, at.y)}px;` : 'display:none';
  return (
    <div ref={layer} class="gloss-layer" popover="manual" style={style}>
      {session.error && (
        <p class="gloss-error" role="alert">
          {session.error}
        </p>
      )}
      {view.toolbar && !card && <SelectionToolbar onAction={(type: AnnotationType) => void ui.tagSelection(type)} />}
      {card && (
        <AnnotationCard
          annotation={card}
          entityName={card.entityId ? (session.entities.get(card.entityId)?.name ?? null) : null}
          onChange={(patch) => void session.update(card.id, patch)}
          onDelete={() => {
            ui.closeCard();
            void session.remove(card.id);
          }}
          onClose={() => ui.closeCard()}
          claimants={[...session.entities.values()]}
          focusNote={view.focusCard}
        />
      )}
    </div>
  );
}
