import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '@/utils/model';
import { MAX_NAME_CHARS } from '@/utils/model/limits';
import { EntityTypeSelect } from '@/components/EntityTypeSelect';
import { entityHref } from '@/utils/library/route';
import { sendToBackground } from '@/utils/protocol/messaging';

/**
 * Who made a claim, typed freely: a name the library knows links that person or organization
 * (by name or alias), any other name creates one of the chosen type (claim:set-claimant).
 * The names offered are rendered only while the field is open: thousands of <option>s in every
 * row's reach would cost the library's first screen for a list nobody is reading.
 */
export function ClaimantField({
  claimId,
  claimant,
  names,
  onError,
}: {
  claimId: string;
  claimant: Entity | undefined;
  names: Entity[];
  onError: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>('person');
  const save = (event: Event) => {
    event.preventDefault();
    sendToBackground('claim:set-claimant', { id: claimId, name: name.trim() || null, type }).then(
      () => setEditing(false),
      (e: Error) => onError(e.message),
    );
  };
  if (!editing)
    return (
      <div class="claimant">
        {claimant ? (
          <a href={entityHref(claimant.id)}>{claimant.name}</a>
        ) : (
          <span class="hint">—</span>
        )}{' '}
        <button
          type="button"
          class="link-button"
          aria-label={claimant ? `Change who made this claim` : `Say who made this claim`}
          onClick={() => {
            setName(claimant?.name ?? '');
            setType(claimant?.type ?? 'person');
            setEditing(true);
          }}
        >
          {claimant ? 'Change' : 'Add'}
        </button>
      </div>
    );
  return (
    <form class="claimant-form" onSubmit={save}>
      <input
        type="text"
        aria-label="Claimant"
        placeholder="Name; empty for none"
        list={`claimant-names-${claimId}`}
        maxLength={MAX_NAME_CHARS}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        autoFocus
      />
      <EntityTypeSelect label="Claimant is a" value={type} onChange={setType} />
      <datalist id={`claimant-names-${claimId}`}>
        {names.map((e) => (
          <option value={e.name} key={e.id} />
        ))}
      </datalist>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
