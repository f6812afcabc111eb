import type { GlossDatabase } from './db';
import type { Entity } from '../model';
import { normalizeEntityName } from '../model/entity-name';
import { putEntity, unindexAliases } from './alias-index';

/** Renames an entity; the old name stays as an alias so later mentions still find it. */
export async function renameEntity(
  db: GlossDatabase,
  id: string,
  name: string,
  now = new Date(),
): Promise<Entity> {
  return db.transaction('rw', db.entities, db.annotations, db.aliases, async () => {
    const entity = await db.entities.get(id);
    if (!entity) throw new Error('This entity no longer exists.');
    const normalizedName = normalizeEntityName(name);
    const clash = await db.entities
      .where('[type+normalizedName]')
      .equals([entity.type, normalizedName])
      .first();
    if (clash && clash.id !== id) return mergeEntities(db, id, clash.id, now);
    const aliases = [...new Set([...entity.aliases, entity.name])].filter((a) => a !== name.trim());
    const next: Entity = {
      ...entity,
      name: name.trim(),
      normalizedName,
      aliases,
      updatedAt: now.toISOString(),
    };
    await putEntity(db, next);
    return next;
  });
}

/** Merges `sourceId` into `targetId`: every mention moves over and the source's names become aliases. */
export async function mergeEntities(
  db: GlossDatabase,
  sourceId: string,
  targetId: string,
  now = new Date(),
): Promise<Entity> {
  if (sourceId === targetId) throw new Error('An entity cannot be merged into itself.');
  return db.transaction('rw', db.entities, db.annotations, db.aliases, async () => {
    const [source, target] = await Promise.all([
      db.entities.get(sourceId),
      db.entities.get(targetId),
    ]);
    if (!source || !target) throw new Error('One of the entities to merge no longer exists.');
    if (source.type !== target.type)
      throw new Error(
        `${aOrAn(source.type).replace(/^a/, 'A')} cannot be merged into ${aOrAn(target.type)}.`,
      );
    const stamp = now.toISOString();
    await db.annotations
      .where('entityId')
      .equals(sourceId)
      .modify({ entityId: targetId, updatedAt: stamp });
    // Claims name their claimant by entity id too.
    await db.annotations
      .where('claim.claimantId')
      .equals(sourceId)
      .modify((a) => {
        if (a.claim) a.claim.claimantId = targetId;
        a.updatedAt = stamp;
      });
    const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter(
      (a) => a !== target.name,
    );
    const merged: Entity = { ...target, aliases, updatedAt: stamp };
    await db.entities.delete(sourceId);
    await unindexAliases(db, [sourceId]);
    await putEntity(db, merged);
    return merged;
  });
}

const aOrAn = (type: Entity['type']) => (type === 'organization' ? `an ${type}` : `a ${type}`);
