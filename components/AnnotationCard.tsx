import { useEffect, useRef } from 'preact/hooks';
import type { Annotation, Entity } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';
import { AnnotationEditor } from './AnnotationEditor';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  onClose: () => void;
  claimants?: Entity[];
  /** Put the keyboard focus in the note field (the card was opened from the keyboard). */
  focusNote?: boolean;
}

/** The in-page card for one annotation: its quote, its fields, delete and close. */
export function AnnotationCard({
  annotation,
  entityName,
  onChange,
  onDelete,
  onClose,
  claimants,
  focusNote,
}: Props) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusNote)
      card.current?.querySelector<HTMLTextAreaElement>('textarea[id$="-note"]')?.focus();
  }, [focusNote, annotation.id]);
  return (
    <section
      ref={card}
      class="gloss-card"
      role="dialog"
      aria-label={`Gloss ${TYPE_LABELS[annotation.type]}`}
      data-annotation-id={annotation.id}
    >
      <header>
        <span class={`gloss-chip gloss-chip-${annotation.type}`}>
          {TYPE_LABELS[annotation.type]}
        </span>
        <button type="button" class="gloss-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote class="gloss-quote">{annotation.quote}</blockquote>
      <AnnotationEditor
        key={annotation.id}
        annotation={annotation}
        entityName={entityName}
        onChange={onChange}
        idPrefix={`gloss-card-${annotation.id}`}
        claimants={claimants}
      />
      <footer>
        <button type="button" class="gloss-delete" onClick={onDelete}>
          Delete
        </button>
      </footer>
    </section>
  );
}
