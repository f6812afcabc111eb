import type { GlossDatabase } from './db';
import type { Annotation, Entity, EntityType } from '../model';
import { ENTITY_TYPES } from '../model';
import { normalizeEntityName } from '../model/entity-name';
import { findByAlias } from './alias-index';
import { ensureEntity } from './repo';
import { replaceStored } from './replace';

/** The stored entity a typed name means, of this type: by its name, else by one of its aliases. */
async function findEntity(
  db: GlossDatabase,
  type: EntityType,
  name: string,
): Promise<Entity | undefined> {
  const key = normalizeEntityName(name);
  return (
    (await db.entities.where('[type+normalizedName]').equals([type, key]).first()) ??
    (await findByAlias(db, type, key))
  );
}

/**
 * Attributes a claim to whoever the reader typed: a person or organization already in the library
 * (of the chosen type first, then the other, by name or alias), else a new entity of the chosen
 * type. The claimant need not be tagged on the claim's article. `null` clears it.
 */
export async function setClaimant(
  db: GlossDatabase,
  id: string,
  name: string | null,
  type: EntityType,
  now = new Date(),
): Promise<{ annotation: Annotation; claimant: Entity | null }> {
  return db.transaction('rw', db.annotations, db.entities, db.aliases, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('This annotation no longer exists.');
    if (current.type !== 'claim' || !current.claim) throw new Error('Only a claim has a claimant.');
    let claimant: Entity | null = null;
    if (name !== null && name.trim()) {
      const types = [type, ...ENTITY_TYPES.filter((t) => t !== type)];
      for (const t of types) claimant ??= (await findEntity(db, t, name)) ?? null;
      claimant ??= await ensureEntity(db, type, name, now);
    }
    const annotation: Annotation = {
      ...current,
      claim: { ...current.claim, claimantId: claimant?.id ?? null },
      updatedAt: now.toISOString(),
    };
    await replaceStored(db.annotations, id, annotation);
    return { annotation, claimant };
  });
}
