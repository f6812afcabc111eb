import type { Annotation, Entity, EntityType } from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';
import { typeColor } from '@/utils/model/type-colors';
import { canReattach, type Standing } from '@/utils/page/standing';
import { useSavedSign } from '@/hooks/use-saved-sign';
import { AnnotationCard } from './AnnotationCard';
import { StandingLine } from './StandingLine';

interface Props {
  annotation: Annotation;
  entityName: string | null;
  standing: Standing;
  claimants: Entity[];
  /** The one card of the list that Tab reaches (roving tabindex); arrows and j/k move it. */
  current: boolean;
  editing: boolean;
  /** A message about this card (why "Attach here" could not attach), shown beside it. */
  message: string | null;
  onJump: () => void;
  onEdit: () => void;
  onDoneEditing: () => void;
  onChange: (patch: AnnotationPatch) => Promise<unknown>;
  onClaimant: (name: string | null, type: EntityType) => Promise<unknown>;
  onDelete: () => void;
  onAttach: () => void;
}

/**
 * One annotation in the side panel: compact (type chip in the type's colour, name, claim status,
 * where it stands, quote, note) and, on demand, the framed card's own editor in its place.
 * Clicking it shows the mark on the page.
 */
export function ReviewCard(props: Props) {
  const { annotation: a, entityName, standing, editing } = props;
  const saved = useSavedSign();
  const label = TYPE_LABELS[a.type];
  return (
    <article
      class={`review-card type-${a.type}${editing ? ' editing' : ''}`}
      data-annotation-id={a.id}
      data-nav=""
      tabIndex={props.current ? 0 : -1}
      aria-label={`${label}: ${(entityName ?? a.quote).slice(0, 80)}`}
      onClick={(e) => {
        if (!editing && !(e.target as Element).closest('button')) props.onJump();
      }}
    >
      {editing ? (
        <AnnotationCard
          variant="inline"
          annotation={a}
          entityName={entityName}
          claimants={props.claimants}
          // A failed save is reported by the side panel (its alert); the sign shows only success.
          onChange={(patch) => void saved.track(props.onChange(patch)).catch(() => {})}
          onClaimant={(name, type) =>
            void saved.track(props.onClaimant(name, type)).catch(() => {})
          }
          saved={saved.shown}
          onDelete={props.onDelete}
          onClose={props.onDoneEditing}
          focusNote
        />
      ) : (
        <>
          <div class="review-card-head">
            <span class="chip" style={`--chip: ${typeColor(a.type)}`}>
              {label}
            </span>
            {entityName && <span class="entity-name">{entityName}</span>}
            {a.claim && (
              <span class={`status status-${a.claim.status}`}>{STATUS_LABELS[a.claim.status]}</span>
            )}
          </div>
          <blockquote class="quote">{a.quote}</blockquote>
          <StandingLine standing={standing} />
          {a.note && <p class="note">{a.note}</p>}
          <div class="review-card-actions">
            <button type="button" onClick={props.onEdit} aria-label={`Edit ${label.toLowerCase()}`}>
              Edit
            </button>
            {canReattach(standing) && (
              <button
                type="button"
                onClick={props.onAttach}
                title="Select the right text on the page first"
              >
                Attach here
              </button>
            )}
            <button
              type="button"
              class="delete"
              onClick={props.onDelete}
              aria-label={`Delete ${label.toLowerCase()}`}
            >
              Delete
            </button>
          </div>
        </>
      )}
      {props.message && (
        <p class="error" role="alert">
          {props.message}
        </p>
      )}
    </article>
  );
}
