import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, AnnotationPatch, Entity, EntityType } from '@/utils/model';
import { pageOrder } from '@/utils/page/page-order';
import type { Standing } from '@/utils/page/standing';
import { ReviewCard } from './ReviewCard';

interface Props {
  /** The annotations to show (filtered), in page order. */
  annotations: Annotation[];
  entityNames: ReadonlyMap<string, string>;
  claimants: Entity[];
  standings: Record<string, Standing>;
  /** Per-card messages (why an "Attach here" failed). */
  messages: Record<string, string>;
  /** The annotation just deleted, while it can be undone: its Undo stands where it was. */
  deleted: Annotation | null;
  onJump: (id: string) => void;
  onChange: (id: string, patch: AnnotationPatch) => Promise<unknown>;
  onClaimant: (id: string, name: string | null, type: EntityType) => Promise<unknown>;
  onDelete: (annotation: Annotation) => Promise<boolean>;
  onUndo: () => Promise<boolean>;
  onAttach: (annotation: Annotation) => void;
}

type FocusTarget = { id: string } | { undo: true };

const isOrphan = (standings: Props['standings'], a: Annotation) =>
  standings[a.id]?.kind === 'missing';

/**
 * The side panel's cards, keyboard first: ArrowUp/ArrowDown or k/j move between cards, Enter edits
 * in place, Escape leaves the editor, Delete deletes (its Undo appears where the card was), Space
 * shows the mark on the page. Focus moves only in answer to one of these actions: after a delete
 * it lands on Undo, after an undo on the card that came back, after editing on the card.
 */
export function ReviewList(props: Props) {
  const { annotations, standings, deleted } = props;
  const root = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  // Whether the deleted one was among the orphans: its Undo goes back to the same list.
  const deletedOrphan = useRef(false);

  // Runs after each render, but acts only when an action above asked for focus and its target is
  // there (a restored card appears when the database says so, a render or two after the Undo).
  // A layout effect: focus moves in the same commit that removed the editor or the card, so it is
  // never left on the page's body in between.
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target || !root.current) return;
    const el =
      'undo' in target
        ? root.current.querySelector<HTMLElement>('.undo button')
        : root.current.querySelector<HTMLElement>(
            `[data-annotation-id="${CSS.escape(target.id)}"]`,
          );
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  const remove = async (a: Annotation) => {
    focusNext.current = { undo: true };
    deletedOrphan.current = isOrphan(standings, a);
    if (editing === a.id) setEditing(null);
    if (!(await props.onDelete(a))) focusNext.current = null;
  };
  const undo = async () => {
    const id = deleted?.id;
    if (id) focusNext.current = { id };
    if (!(await props.onUndo())) focusNext.current = null;
    if (id) setCurrent(id);
  };
  const stopEditing = (id: string) => {
    focusNext.current = { id };
    setEditing(null);
  };

  const move = (step: number) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[data-nav]') ?? [])];
    const at = items.findIndex((el) => el.contains(document.activeElement));
    const next = items[at < 0 ? 0 : Math.min(items.length - 1, Math.max(0, at + step))];
    next?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && editing) {
      e.preventDefault();
      return stopEditing(editing);
    }
    // Keys typed in a field, or with a modifier, are the field's and the browser's.
    if (!target.hasAttribute('data-nav') || e.ctrlKey || e.metaKey || e.altKey) return;
    const id = target.getAttribute('data-annotation-id');
    const a = id ? annotations.find((x) => x.id === id) : undefined;
    if (e.key === 'ArrowDown' || e.key === 'j') move(1);
    else if (e.key === 'ArrowUp' || e.key === 'k') move(-1);
    else if (e.key === 'Enter' && a) setEditing(a.id);
    else if (e.key === ' ' && a) props.onJump(a.id);
    else if (e.key === 'Delete' && a) void remove(a);
    else return;
    e.preventDefault();
  };

  // The deleted one's Undo stands in its place: in page order among the found, or among the orphans.
  const withUndo = (list: Annotation[], orphans: boolean) =>
    deleted && !annotations.some((a) => a.id === deleted.id) && deletedOrphan.current === orphans
      ? pageOrder([...list, deleted])
      : list;
  const found = withUndo(
    annotations.filter((a) => !isOrphan(standings, a)),
    false,
  );
  const orphans = withUndo(
    annotations.filter((a) => isOrphan(standings, a)),
    true,
  );
  const tabStop =
    current && annotations.some((a) => a.id === current) ? current : annotations[0]?.id;

  const item = (a: Annotation) =>
    a.id === deleted?.id && !annotations.includes(a) ? (
      <li key={`undo-${a.id}`}>
        <p class="undo" role="status">
          Deleted “{a.quote.slice(0, 60)}”.{' '}
          <button type="button" data-nav="" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      </li>
    ) : (
      <li key={a.id} onFocusCapture={() => setCurrent(a.id)}>
        <ReviewCard
          annotation={a}
          entityName={a.entityId ? (props.entityNames.get(a.entityId) ?? null) : null}
          standing={standings[a.id] ?? { kind: 'unknown' }}
          claimants={props.claimants}
          current={a.id === tabStop}
          editing={a.id === editing}
          message={props.messages[a.id] ?? null}
          onJump={() => props.onJump(a.id)}
          onEdit={() => setEditing(a.id)}
          onDoneEditing={() => stopEditing(a.id)}
          onChange={(patch) => props.onChange(a.id, patch)}
          onClaimant={(name, type) => props.onClaimant(a.id, name, type)}
          onDelete={() => void remove(a)}
          onAttach={() => props.onAttach(a)}
        />
      </li>
    );

  return (
    <div ref={root} class="review-list" onKeyDown={onKeyDown}>
      <ol class="annotation-list" aria-label="Annotations">
        {found.map(item)}
      </ol>
      {orphans.length > 0 && (
        <section class="orphans" aria-label="Not found on this page">
          <h2>Not found on this page ({orphans.filter((a) => a !== deleted).length})</h2>
          <p class="hint">
            The page changed and these quotes are no longer in it. They are kept: select the right
            text on the page and press Attach here.
          </p>
          <ol class="annotation-list">{orphans.map(item)}</ol>
        </section>
      )}
    </div>
  );
}
