import { useEffect, useRef, useState } from 'preact/hooks';
import { ANNOTATION_TYPES, CLAIM_STATUSES, type Annotation, type ClaimStatus, type AnnotationType } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/repo';
import { STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  onChange: (patch: AnnotationPatch) => void;
  idPrefix: string;
}

const NOTE_SAVE_DELAY_MS = 400;

/**
 * The fields of one annotation: type, name (people and organizations), claim status and evidence,
 * note. Every value is rendered as text by Preact; nothing here is ever parsed as HTML.
 */
export function AnnotationEditor({ annotation, entityName, onChange, idPrefix }: Props) {
  const [note, setNote] = useState(annotation.note);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(note);
  latest.current = note;

  // Follow edits made elsewhere (popup, another tab) unless the reader is typing here.
  useEffect(() => {
    if (!pending.current) setNote(annotation.note);
  }, [annotation.note]);

  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    pending.current = null;
    if (latest.current !== annotation.note) onChange({ note: latest.current });
  };
  useEffect(() => flush, []);

  const isEntity = annotation.type === 'person' || annotation.type === 'organization';
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="gloss-editor">
      <label for={id('type')}>Type</label>
      <select id={id('type')} value={annotation.type} onChange={(e) => onChange({ type: e.currentTarget.value as AnnotationType })}>
        {ANNOTATION_TYPES.map((t) => (
          <option value={t} key={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      {isEntity && (
        <>
          <label for={id('name')}>Name</label>
          <input
            id={id('name')}
            type="text"
            value={entityName ?? annotation.quote}
            onChange={(e) => {
              const name = e.currentTarget.value.trim();
              if (name && name !== entityName) onChange({ entityName: name });
            }}
          />
        </>
      )}
      {annotation.type === 'claim' && annotation.claim && (
        <>
          <label for={id('status')}>Status</label>
          <select id={id('status')} value={annotation.claim.status} onChange={(e) => onChange({ claim: { status: e.currentTarget.value as ClaimStatus } })}>
            {CLAIM_STATUSES.map((s) => (
              <option value={s} key={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <label for={id('evidence')}>Evidence URL</label>
          <input
            id={id('evidence')}
            type="url"
            placeholder="https://…"
            value={annotation.claim.evidenceUrl}
            onChange={(e) => onChange({ claim: { evidenceUrl: e.currentTarget.value.trim() } })}
          />
        </>
      )}
      <label for={id('note')}>Note</label>
      <textarea
        id={id('note')}
        rows={3}
        value={note}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          if (pending.current) clearTimeout(pending.current);
          pending.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
