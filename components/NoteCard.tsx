import type { AnchorState, Annotation, Entity } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { ANCHOR_LABELS, STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';
import { AnnotationEditor } from './AnnotationEditor';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  anchor: AnchorState | null;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  onJump?: () => void;
  claimants?: Entity[];
}

/** One annotation in a list: its quote (a button that jumps to it on the page), state, fields and delete. */
export function NoteCard({
  annotation,
  entityName,
  anchor,
  onChange,
  onDelete,
  onJump,
  claimants,
}: Props) {
  return (
    <article
      class={`note-card type-${annotation.type}`}
      data-annotation-id={annotation.id}
      aria-label={`${TYPE_LABELS[annotation.type]}: ${annotation.quote.slice(0, 80)}`}
    >
      <div class="note-card-head">
        <span class={`chip chip-${annotation.type}`}>{TYPE_LABELS[annotation.type]}</span>
        {entityName && <span class="entity-name">{entityName}</span>}
        {annotation.claim && (
          <span class={`status status-${annotation.claim.status}`}>
            {STATUS_LABELS[annotation.claim.status]}
          </span>
        )}
        {anchor && <span class={`anchor anchor-${anchor}`}>{ANCHOR_LABELS[anchor]}</span>}
      </div>
      {onJump && anchor !== 'orphaned' ? (
        <button type="button" class="quote-button" onClick={onJump} title="Show on the page">
          <blockquote class="quote">{annotation.quote}</blockquote>
        </button>
      ) : (
        <blockquote class="quote">{annotation.quote}</blockquote>
      )}
      <AnnotationEditor
        annotation={annotation}
        entityName={entityName}
        onChange={onChange}
        idPrefix={`note-${annotation.id}`}
        claimants={claimants}
      />
      <button
        type="button"
        class="delete"
        onClick={onDelete}
        aria-label={`Delete ${TYPE_LABELS[annotation.type].toLowerCase()}`}
      >
        Delete
      </button>
    </article>
  );
}
