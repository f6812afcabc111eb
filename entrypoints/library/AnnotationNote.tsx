import type { Annotation, Entity } from '@/utils/model';
import { STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';
import { entityHref } from '@/utils/library/route';
import { AnnotationTags } from './AnnotationTags';

/** A quote as a label: its start is enough to tell which passage a note belongs to. */
const shorten = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 79)}…` : quote);

/** What the reader wrote about one annotation, for the margin beside its passage. */
export function AnnotationNote({
  annotation,
  entities,
  onTag,
  onError,
}: {
  annotation: Annotation;
  entities: Map<string, Entity>;
  onTag: (tag: string) => void;
  onError: (message: string) => void;
}) {
  const entity = annotation.entityId ? entities.get(annotation.entityId) : undefined;
  const claimant = annotation.claim?.claimantId
    ? entities.get(annotation.claim.claimantId)
    : undefined;
  return (
    <div
      class={`margin-note type-${annotation.type}`}
      data-annotation-id={annotation.id}
      aria-label={`${TYPE_LABELS[annotation.type]}: ${shorten(annotation.quote)}`}
      role="note"
    >
      <span class={`chip chip-${annotation.type}`}>{TYPE_LABELS[annotation.type]}</span>{' '}
      {entity && <a href={entityHref(entity.id)}>{entity.name}</a>}
      {annotation.claim && (
        <span class={`status status-${annotation.claim.status}`}>
          {STATUS_LABELS[annotation.claim.status]}
        </span>
      )}
      {claimant && (
        <div class="hint">
          Claimed by <a href={entityHref(claimant.id)}>{claimant.name}</a>
        </div>
      )}
      {annotation.note && <p class="note">{annotation.note}</p>}
      {annotation.claim?.note && <p class="verdict-note">Verdict: {annotation.claim.note}</p>}
      <AnnotationTags annotation={annotation} onFilter={onTag} onError={onError} />
    </div>
  );
}
