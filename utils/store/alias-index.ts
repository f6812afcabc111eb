import type { GlossDatabase } from './db';
import type { Entity, EntityType } from '../model';
import { normalizeEntityName } from '../model/entity-name';

/**
 * An entity's other names (after a rename or a merge), indexed by their normalized key (schema v4's
 * `aliases` table), so "is this name an alias of someone?" is one index read instead of a scan of
 * every entity of the type. The entity record's `aliases` stays the truth; these rows are derived
 * from it by every write that changes entities, inside the same transaction.
 */
export interface AliasRow {
  type: EntityType;
  /** normalizeEntityName(alias) */
  key: string;
  entityId: string;
}

export const aliasRows = (entity: Entity): AliasRow[] => [
  ...new Map(
    entity.aliases.map((alias) => {
      const key = normalizeEntityName(alias);
      return [key, { type: entity.type, key, entityId: entity.id }] as const;
    }),
  ).values(),
];

/** Replaces the alias rows of these entities with what their records say now. */
export async function indexAliases(db: GlossDatabase, entities: Entity[]): Promise<void> {
  if (entities.length === 0) return;
  await unindexAliases(
    db,
    entities.map((e) => e.id),
  );
  await db.aliases.bulkPut(entities.flatMap(aliasRows));
}

export async function unindexAliases(db: GlossDatabase, entityIds: string[]): Promise<void> {
  if (entityIds.length > 0) await db.aliases.where('entityId').anyOf(entityIds).delete();
}

/** Stores an entity and its alias rows: how every single-entity write keeps the index true. */
export async function putEntity(db: GlossDatabase, entity: Entity): Promise<void> {
  await db.entities.put(entity);
  await indexAliases(db, [entity]);
}

/** The entity of this type that has `normalizedName` among its aliases, if any. */
export async function findByAlias(
  db: GlossDatabase,
  type: EntityType,
  normalizedName: string,
): Promise<Entity | undefined> {
  const row = await db.aliases.where('[type+key]').equals([type, normalizedName]).first();
  return row ? db.entities.get(row.entityId) : undefined;
}
