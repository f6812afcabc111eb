import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../../utils/interchange/export';
import { planMerge, type ExistingRecords } from '../../../../utils/interchange/import';
import type { Entity } from '../../../../utils/model';
import { normalizeEntityName } from '../../../../utils/model/entity-name';
import { clone, loadDataset } from '../export/fixtures';

const data = loadDataset();
const empty = (): ExistingRecords => ({
  articles: new Map(),
  annotations: new Map(),
  entities: new Map(),
});

/** What the database would hold after putting a plan's records (a put replaces by key). */
function apply(db: ExistingRecords, put: ExportData): ExistingRecords {
  const next: ExistingRecords = {
    articles: new Map(db.articles),
    annotations: new Map(db.annotations),
    entities: new Map(db.entities),
  };
  for (const a of put.articles) next.articles.set(a.url, a);
  for (const a of put.annotations) next.annotations.set(a.id, a);
  for (const e of put.entities) next.entities.set(e.id, e);
  return next;
}

const entity = (id: string, name: string, type: Entity['type'] = 'person'): Entity => ({
  id,
  type,
  name,
  normalizedName: normalizeEntityName(name),
  aliases: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('planMerge', () => {
  it('puts everything into an empty database', () => {
    const plan = planMerge(empty(), data);
    expect(plan.put).toEqual(data);
    expect(plan.entityIdMap.size).toBe(0);
    expect(plan.unchanged).toEqual({ articles: 0, annotations: 0, entities: 0 });
  });

  it('importing the same file twice changes nothing', () => {
    const once = apply(empty(), planMerge(empty(), data).put);
    const again = planMerge(once, data);
    expect(again.put).toEqual({ articles: [], annotations: [], entities: [] });
    expect(again.unchanged).toEqual({ articles: 1, annotations: 5, entities: 3 });
  });

  it('the newer updatedAt wins, either way', () => {
    const db = apply(empty(), data);
    const incoming = clone(data);
    incoming.annotations[0].updatedAt = '2030-01-01T00:00:00.000Z'; // newer than stored: put
    incoming.annotations[1].updatedAt = '2000-01-01T00:00:00.000Z'; // older than stored: keep stored
    incoming.articles[0].updatedAt = '2030-01-01T00:00:00.000Z';
    const plan = planMerge(db, incoming);
    expect(plan.put.annotations.map((a) => a.id)).toEqual([data.annotations[0].id]);
    expect(plan.put.articles).toHaveLength(1);
    expect(plan.put.entities).toEqual([]);
  });

  it('maps an incoming entity onto an existing one with the same type and normalized name', () => {
    const db = empty();
    db.entities.set('local-wang', entity('local-wang', 'wang  jun'));
    const plan = planMerge(db, data);
    const incomingWang = data.entities[0].id;
    expect(plan.entityIdMap).toEqual(new Map([[incomingWang, 'local-wang']]));
    expect(plan.put.entities.map((e) => e.name)).toEqual([
      'Shaanxi Federation of Trade Unions',
      'Duan Xiaolong',
    ]);
    expect(plan.put.annotations[0].entityId).toBe('local-wang');
    expect(plan.put.annotations[1].entityId).toBe(data.entities[1].id); // untouched
    expect(data.annotations[0].entityId).toBe(incomingWang); // input not mutated
  });

  it('rewrites claimant ids too, and is idempotent after the remap', () => {
    const db = empty();
    db.entities.set('local-duan', entity('local-duan', 'Duan Xiaolong'));
    const plan = planMerge(db, data);
    expect(plan.put.annotations[2].claim!.claimantId).toBe('local-duan');
    const again = planMerge(apply(db, plan.put), data);
    expect(again.put).toEqual({ articles: [], annotations: [], entities: [] });
    expect(again.entityIdMap.get(data.entities[2].id)).toBe('local-duan');
  });

  it('does not merge a person with an organization of the same name', () => {
    const db = empty();
    db.entities.set('org-wang', entity('org-wang', 'Wang Jun', 'organization'));
    expect(planMerge(db, data).entityIdMap.size).toBe(0);
  });

  it('merges same-named entities within one file onto the first', () => {
    const incoming = clone(data);
    incoming.entities.push(entity('dup-wang', 'WANG JUN'));
    incoming.annotations[3].entityId = 'dup-wang';
    const plan = planMerge(empty(), incoming);
    expect(plan.entityIdMap.get('dup-wang')).toBe(data.entities[0].id);
    expect(plan.put.entities).toHaveLength(3);
    expect(plan.put.annotations[3].entityId).toBe(data.entities[0].id);
  });

  it('an entity that already exists under its own id merges by id, not by name', () => {
    const db = apply(empty(), data);
    db.entities.set('other', entity('other', 'Wang Jun'));
    const plan = planMerge(db, data);
    expect(plan.entityIdMap.size).toBe(0);
    expect(plan.put.entities).toEqual([]);
  });
});
