import { useState } from 'preact/hooks';
import {
  ANNOTATION_TYPES,
  type AnchorState,
  type Annotation,
  type AnnotationType,
  type Entity,
} from '@/utils/model';
import type { AnnotationPatch } from '@/utils/model';
import { TYPE_PLURALS } from '@/utils/labels';
import { NoteCard } from './NoteCard';

interface Props {
  annotations: Annotation[];
  entities: Entity[];
  anchors: Record<string, AnchorState>;
  onChange: (id: string, patch: AnnotationPatch) => void;
  onDelete: (annotation: Annotation) => void;
  onJump: (id: string) => void;
}

/** An article's annotations in page order, filterable by type, with the orphans in a section of their own. */
export function AnnotationList({
  annotations,
  entities,
  anchors,
  onChange,
  onDelete,
  onJump,
}: Props) {
  const [filter, setFilter] = useState<AnnotationType | 'all'>('all');
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const shown = annotations.filter((a) => filter === 'all' || a.type === filter);
  const placed = shown.filter((a) => anchors[a.id] !== 'orphaned');
  const orphans = shown.filter((a) => anchors[a.id] === 'orphaned');
  const count = (type: AnnotationType) => annotations.filter((a) => a.type === type).length;

  const card = (a: Annotation) => (
    <NoteCard
      key={a.id}
      annotation={a}
      entityName={a.entityId ? (names.get(a.entityId) ?? null) : null}
      anchor={anchors[a.id] ?? null}
      onChange={(patch) => onChange(a.id, patch)}
      onDelete={() => onDelete(a)}
      onJump={() => onJump(a.id)}
      claimants={entities}
    />
  );

  return (
    <section class="annotations" aria-label="Annotations">
      <div class="filters" role="group" aria-label="Filter by type">
        <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          All ({annotations.length})
        </button>
        {ANNOTATION_TYPES.map((type) => (
          <button
            type="button"
            key={type}
            aria-pressed={filter === type}
            onClick={() => setFilter(type)}
          >
            {TYPE_PLURALS[type]} ({count(type)})
          </button>
        ))}
      </div>
      <ol class="annotation-list">
        {placed.map((a) => (
          <li key={a.id}>{card(a)}</li>
        ))}
      </ol>
      {orphans.length > 0 && (
        <section class="orphans" aria-label="Orphaned annotations">
          <h2>Not found on the page ({orphans.length})</h2>
          <p class="hint">
            The page changed and these quotes could not be placed with confidence. They are kept;
            nothing is painted for them.
          </p>
          <ol class="annotation-list">
            {orphans.map((a) => (
              <li key={a.id}>{card(a)}</li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
