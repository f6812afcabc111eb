import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, Entity } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';
import { AnnotationEditor } from './AnnotationEditor';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  /** Saves a change; when it returns a promise, its success shows a quiet "Saved". */
  onChange: (patch: AnnotationPatch) => void | Promise<unknown>;
  onDelete: () => void;
  onClose: () => void;
  claimants?: Entity[];
  /** Put the keyboard focus in the note field (the card was opened to be typed in). */
  focusNote?: boolean;
  /**
   * 'dialog': the card framed beside the mark on the page. 'inline': the same card opened in
   * place in the side panel's list, closed with "Done" (or Escape, which the list handles).
   */
  variant?: 'dialog' | 'inline';
}

/** How long "Saved" stays after an autosave: long enough to be seen, short enough to stay quiet. */
const SAVED_SIGN_MS = 2000;

/** The card for one annotation, on the page and in the side panel: its quote, its fields, delete and close. */
export function AnnotationCard({
  annotation,
  entityName,
  onChange,
  onDelete,
  onClose,
  claimants,
  focusNote,
  variant = 'dialog',
}: Props) {
  const card = useRef<HTMLElement>(null);
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (focusNote)
      card.current?.querySelector<HTMLTextAreaElement>('textarea[id$="-note"]')?.focus();
  }, [focusNote, annotation.id]);
  const change = (patch: AnnotationPatch) => {
    setSaved(false);
    void onChange(patch)?.then(
      () => {
        setSaved(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setSaved(false), SAVED_SIGN_MS);
      },
      // The failure itself is shown by whoever saved (an alert beside the card).
      () => {},
    );
  };
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
      <blockquote class="gloss-quote">{annotation.quote}</blockquote>
      <AnnotationEditor
        key={annotation.id}
        annotation={annotation}
        entityName={entityName}
        onChange={change}
        idPrefix={`gloss-${variant}-${annotation.id}`}
        claimants={claimants}
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
