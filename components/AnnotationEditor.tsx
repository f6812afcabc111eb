import {
  ANNOTATION_TYPES,
  CLAIM_STATUSES,
  type Annotation,
  type ClaimStatus,
  type AnnotationType,
  type Entity,
  type EntityType,
} from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';
import { useDraftField } from '../hooks/use-draft-field';
import { ClaimantInput } from './ClaimantInput';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  onChange: (patch: AnnotationPatch) => void;
  idPrefix: string;
  /** People and organizations offered as a claim's claimant (those named on the same article). */
  claimants?: Entity[];
  /** The claimant typed for a claim: linked or created by the owner (claim:set-claimant). */
  onClaimant: (name: string | null, type: EntityType) => void;
}

/**
 * The fields of one annotation: type, name (people and organizations), claim status and evidence,
 * note. Every value is rendered as text by Preact; nothing here is ever parsed as HTML.
 */
export function AnnotationEditor({
  annotation,
  entityName,
  onChange,
  idPrefix,
  claimants = [],
  onClaimant,
}: Props) {
  const note = useDraftField(annotation.note, (value) => onChange({ note: value }));
  const name = useDraftField(
    entityName ?? annotation.quote,
    (value) => value.trim() && onChange({ entityName: value.trim() }),
    800,
  );
  const evidence = useDraftField(
    annotation.claim?.evidenceUrl ?? '',
    (value) => onChange({ claim: { evidenceUrl: value.trim() } }),
    800,
  );
  const review = useDraftField(
    annotation.claim?.reviewUrl ?? '',
    (value) => onChange({ claim: { reviewUrl: value.trim() } }),
    800,
  );
  const verdict = useDraftField(annotation.claim?.note ?? '', (value) =>
    onChange({ claim: { note: value } }),
  );
  const isEntity = annotation.type === 'person' || annotation.type === 'organization';
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <div class="gloss-editor">
      <label for={id('type')}>Type</label>
      <select
        id={id('type')}
        value={annotation.type}
        onChange={(e) => onChange({ type: e.currentTarget.value as AnnotationType })}
      >
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
            value={name.value}
            onInput={(e) => name.onInput(e.currentTarget.value)}
            onBlur={name.flush}
          />
        </>
      )}
      {annotation.type === 'claim' && annotation.claim && (
        <>
          <label for={id('status')}>Status</label>
          <select
            id={id('status')}
            value={annotation.claim.status}
            onChange={(e) => onChange({ claim: { status: e.currentTarget.value as ClaimStatus } })}
          >
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
            value={evidence.value}
            onInput={(e) => evidence.onInput(e.currentTarget.value)}
            onBlur={evidence.flush}
          />
          <label for={id('review')}>Published review</label>
          <input
            id={id('review')}
            type="url"
            placeholder="https://… (your fact-check, if published)"
            value={review.value}
            onInput={(e) => review.onInput(e.currentTarget.value)}
            onBlur={review.flush}
          />
          <label for={id('verdict')}>Verdict note</label>
          <textarea
            id={id('verdict')}
            rows={2}
            value={verdict.value}
            onInput={(e) => verdict.onInput(e.currentTarget.value)}
            onBlur={verdict.flush}
          />
          <ClaimantInput
            id={id('claimant')}
            claimantId={annotation.claim.claimantId ?? null}
            known={claimants}
            onSet={onClaimant}
          />
        </>
      )}
      <label for={id('note')}>Note</label>
      <textarea
        id={id('note')}
        rows={3}
        value={note.value}
        onInput={(e) => note.onInput(e.currentTarget.value)}
        onBlur={note.flush}
      />
    </div>
  );
}
