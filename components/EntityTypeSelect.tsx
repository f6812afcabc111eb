import { ENTITY_TYPES, type EntityType } from '@/utils/model';
import { TYPE_LABELS } from '@/utils/labels';

/** A menu of the entity types (person, organization): the claimant's type, in the card and the library. */
export function EntityTypeSelect({
  value,
  onChange,
  id,
  label,
}: {
  value: EntityType;
  onChange: (type: EntityType) => void;
  /** For a visible `<label for>`; without one, `label` names the menu. */
  id?: string;
  label?: string;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as EntityType)}
    >
      {ENTITY_TYPES.map((t) => (
        <option value={t} key={t}>
          {TYPE_LABELS[t]}
        </option>
      ))}
    </select>
  );
}
