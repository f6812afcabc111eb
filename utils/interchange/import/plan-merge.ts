import type { Annotation, Entity, EntityType } from '../../model';
import type { ExportData } from '../export/types';

/*
 * What an import writes, decided without touching the database, so that importing the
 * same file twice changes nothing: records merge by id (articles by url) and a record is
 * only put when it is new or its updatedAt is strictly newer than the stored one.
 *
 * Entities also merge by meaning: an incoming entity with the same type and normalized
 * name as an existing (or earlier incoming) one under another id is not put; its id maps
 * to the kept one, and annotations pointing at it are rewritten. The kept entity is left
 * as stored (its aliases are not extended): the plan only knows its merge keys.
 */

export interface StoredVersion {
  updatedAt: string;
}
export interface StoredEntity extends StoredVersion {
  type: EntityType;
  normalizedName: string;
}

/** What the database already holds, keyed like the tables: articles by url, others by id. */
export interface ExistingRecords {
  articles: Map<string, StoredVersion>;
  annotations: Map<string, StoredVersion>;
  entities: Map<string, StoredEntity>;
}

export interface MergePlan {
  /** Records to put, annotations with their entity references already rewritten. */
  put: ExportData;
  /** Incoming entity id → the id of the entity it merged into. */
  entityIdMap: Map<string, string>;
  /** How many incoming records were already stored as new or newer. */
  unchanged: { articles: number; annotations: number; entities: number };
}

const isNewer = (incoming: StoredVersion, stored: StoredVersion | undefined) =>
  stored === undefined || incoming.updatedAt > stored.updatedAt;

const entityKey = (e: { type: EntityType; normalizedName: string }) =>
  `${e.type}\u0000${e.normalizedName}`;

function planEntities(
  existing: Map<string, StoredEntity>,
  incoming: Entity[],
  plan: MergePlan,
): void {
  const byKey = new Map<string, string>();
  for (const [id, e] of existing) if (!byKey.has(entityKey(e))) byKey.set(entityKey(e), id);
  for (const e of incoming) {
    const stored = existing.get(e.id);
    const sameAs = byKey.get(entityKey(e));
    if (!stored && sameAs !== undefined && sameAs !== e.id) {
      plan.entityIdMap.set(e.id, sameAs);
      plan.unchanged.entities++;
      continue;
    }
    if (!byKey.has(entityKey(e))) byKey.set(entityKey(e), e.id);
    if (isNewer(e, stored)) plan.put.entities.push(e);
    else plan.unchanged.entities++;
  }
}

function remap(a: Annotation, ids: Map<string, string>): Annotation {
  const entityId = a.entityId === null ? null : (ids.get(a.entityId) ?? a.entityId);
  const claimantId = a.claim?.claimantId ?? null;
  const claim =
    a.claim && claimantId !== null
      ? { ...a.claim, claimantId: ids.get(claimantId) ?? claimantId }
      : a.claim;
  return entityId === a.entityId && claim === a.claim ? a : { ...a, entityId, claim };
}

export function planMerge(existing: ExistingRecords, incoming: ExportData): MergePlan {
  const plan: MergePlan = {
    put: { articles: [], annotations: [], entities: [] },
    entityIdMap: new Map(),
    unchanged: { articles: 0, annotations: 0, entities: 0 },
  };
  for (const a of incoming.articles) {
    if (isNewer(a, existing.articles.get(a.url))) plan.put.articles.push(a);
    else plan.unchanged.articles++;
  }
  planEntities(existing.entities, incoming.entities, plan);
  for (const a of incoming.annotations) {
    if (isNewer(a, existing.annotations.get(a.id)))
      plan.put.annotations.push(remap(a, plan.entityIdMap));
    else plan.unchanged.annotations++;
  }
  return plan;
}
