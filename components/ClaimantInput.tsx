import { useEffect, useState } from 'preact/hooks';
import type { Entity, EntityType } from '@/utils/model';
import { EntityTypeSelect } from './EntityTypeSelect';
import { TYPE_LABELS } from '@/utils/labels';
import { MAX_NAME_CHARS } from '@/utils/model/limits';

interface Props {
  /** The text field's id (its label points at it). */
  id: string;
  claimantId: string | null;
  /** Offered as the reader types: the people and organizations named on this article. */
  known: Entity[];
  /** A name to link (by name or alias) or create, of the chosen type; null when not attributed. */
  onSet: (name: string | null, type: EntityType) => void;
}

/**
 * Who made a claim, typed freely. The name is sent when the reader leaves the field or presses
 * Enter (the `change` event), not while typing: every keystroke would create an entity ("D",
 * "Du", …). The type comes first so that it is chosen before leaving the name commits it.
 */
export function ClaimantInput({ id, claimantId, known, onSet }: Props) {
  const current = known.find((e) => e.id === claimantId);
  const [text, setText] = useState(current?.name ?? '');
  const [type, setType] = useState<EntityType>(current?.type ?? 'person');
  // The field shows the stored claimant once its name is known: a typed "duan xiaolong" becomes
  // the entity's own "Duan Xiaolong". It changes only when the stored claimant does.
  useEffect(() => {
    if (current) {
      setText(current.name);
      setType(current.type);
    } else if (!claimantId) setText('');
  }, [claimantId, current?.name]);

  const commit = () => {
    const name = text.trim();
    if (name === (current?.name ?? '')) return;
    // A name offered in the list keeps its own type, whatever the menu says.
    const listed = known.find((e) => e.name.toLowerCase() === name.toLowerCase());
    onSet(name || null, listed?.type ?? type);
  };
  return (
    <>
      <label for={`${id}-type`}>Claimant is a</label>
      <EntityTypeSelect id={`${id}-type`} value={type} onChange={setType} />
      <label for={id}>Claimant</label>
      <input
        id={id}
        type="text"
        list={`${id}-names`}
        maxLength={MAX_NAME_CHARS}
        placeholder="Who made it; empty for no one"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
      />
      <datalist id={`${id}-names`}>
        {known.map((e) => (
          <option value={e.name} key={e.id}>
            {TYPE_LABELS[e.type]}
          </option>
        ))}
      </datalist>
    </>
  );
}
