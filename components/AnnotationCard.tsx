import { useEffect, useRef } from 'preact/hooks';
import type { Annotation, Entity, EntityType } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';
import { AnnotationEditor } from './AnnotationEditor';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  onChange: (patch: AnnotationPatch) => void;
  /** Shows a quiet "Saved" (the owner shows it for a moment after an autosave succeeded). */
  saved?: boolean;
  onDelete: () => void;
  onClose: () => void;
  claimants?: Entity[];
  onClaimant: (name: string | null, type: EntityType) => void;
  /** Put the keyboard focus in the note field (the card was opened to be typed in). */
  focusNote?: boolean;
  /**
   * 'dialog': the card framed beside the mark on the page. 'inline': the same card opened in
   * place in the side panel's list, closed with "Done" (or Escape, which the list handles).
   */
  variant?: 'dialog' | 'inline';
}

/** The card for one annotation, on the page and in the side panel: its quote, its fields, delete and close. */
export function AnnotationCard({
  annotation,
  entityName,
  onChange,
  onDelete,
  onClose,
  claimants,
  onClaimant,
  focusNote,
  saved = false,
  variant = 'dialog',
}: Props) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusNote)
      card.current?.querySelector<HTMLTextAreaElement>('textarea[id$="-note"]')?.focus();
  }, [focusNote, annotation.id]);
  const inline = variant === 'inline';
  const label = TYPE_LABELS[annotation.type];
  return (
    <section
      ref={card}
      class={inline ? 'gloss-card gloss-card-inline' : 'gloss-card'}
      role={inline ? 'group' : 'dialog'}
      aria-label={inline ? `Edit ${label.toLowerCase()}` : `Gloss ${label}`}
      data-annotation-id={annotation.id}
    >
      <header>
        <span class={`gloss-chip gloss-chip-${annotation.type}`}>{label}</span>
        <button
          type="button"
          class="gloss-close"
          aria-label={inline ? 'Done editing' : 'Close'}
          onClick={onClose}
        >
          {inline ? 'Done' : '×'}
        </button>
      </header>
      <blockquote class={inline ? 'gloss-quote quote' : 'gloss-quote'}>
        {annotation.quote}
      </blockquote>
      <AnnotationEditor
        key={annotation.id}
        annotation={annotation}
        entityName={entityName}
        onChange={onChange}
        idPrefix={inline ? `gloss-inline-${annotation.id}` : `gloss-card-${annotation.id}`}
        claimants={claimants}
        onClaimant={onClaimant}
      />
      <footer>
        <button
          type="button"
          class="gloss-delete"
          onClick={onDelete}
          aria-label={`Delete ${label.toLowerCase()}`}
        >
          Delete
        </button>
        <span class="gloss-saved" role="status">
          {saved ? 'Saved' : ''}
        </span>
      </footer>
    </section>
  );
}
