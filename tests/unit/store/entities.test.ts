// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, at, entity, freshDb, snapshot, T0 } from '../helpers/db';
import { mergeEntities, renameEntity } from '../../../utils/store/entities';
import { ensureEntity } from '../../../utils/store/repo';
import type { GlossDatabase } from '../../../utils/store/db';

const URL_A = 'https://news.example/a';
const URL_B = 'https://paper.example/b';

/** Two people, a mention of each, and a claim made by the second. */
async function seed(db: GlossDatabase) {
  const wang = entity('person', 'Wang Jun', 'wang jun', { id: 'wang', aliases: ['W. Jun'] });
  const wang2 = entity('person', 'Jun Wang', 'jun wang', { id: 'wang2', aliases: ['Mr Wang'] });
  const org = entity(
    'organization',
    'Shaanxi Federation of Trade Unions',
    'shaanxi federation of trade unions',
    { id: 'sftu' },
  );
  await db.entities.bulkAdd([wang, wang2, org]);
  await db.annotations.bulkAdd([
    annotation(URL_A, { id: 'm1', type: 'person', entityId: 'wang' }),
    annotation(URL_B, { id: 'm2', type: 'person', entityId: 'wang2' }),
    annotation(URL_B, { id: 'm3', type: 'person', entityId: 'wang2' }),
    annotation(URL_B, {
      id: 'c1',
      type: 'claim',
      claim: { status: 'disputed', evidenceUrl: '', note: '', claimantId: 'wang2' },
    }),
    annotation(URL_B, {
      id: 'c2',
      type: 'claim',
      claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
    }),
    annotation(URL_B, { id: 'o1', type: 'organization', entityId: 'sftu' }),
  ]);
  return { wang, wang2, org };
}

describe('renameEntity', () => {
  it('renames, keeps the old name as an alias and re-keys the normalized name', async () => {
    const db = freshDb();
    await seed(db);
    const renamed = await renameEntity(db, 'wang', '  Wang Jun (union official) ', at(5));
    expect(renamed).toMatchObject({
      id: 'wang',
      name: 'Wang Jun (union official)',
      normalizedName: 'wang jun union official',
      aliases: ['W. Jun', 'Wang Jun'],
      updatedAt: at(5).toISOString(),
      createdAt: T0.toISOString(),
    });
    expect(await db.entities.get('wang')).toEqual(renamed);
    expect(
      await db.entities
        .where('[type+normalizedName]')
        .equals(['person', 'wang jun union official'])
        .primaryKeys(),
    ).toEqual(['wang']);
  });

  it('a later mention of the old name still finds the renamed entity', async () => {
    const db = freshDb();
    await seed(db);
    await renameEntity(db, 'wang', 'Wang Jun (union official)', at(1));
    const mention = await ensureEntity(db, 'person', "Wang Jun's", at(2));
    expect(mention.id).toBe('wang');
    expect(await db.entities.count()).toBe(3);
    // The old name as an organization is another entity.
    expect((await ensureEntity(db, 'organization', 'Wang Jun', at(3))).id).not.toBe('wang');
  });

  it('renaming to an alias takes it out of the aliases', async () => {
    const db = freshDb();
    await seed(db);
    const renamed = await renameEntity(db, 'wang', 'W. Jun', at(1));
    expect(renamed.name).toBe('W. Jun');
    expect(renamed.aliases).toEqual(['Wang Jun']);
  });

  it('a spelling change of the same name keeps one entity and records the old spelling', async () => {
    const db = freshDb();
    await seed(db);
    const renamed = await renameEntity(db, 'wang', 'WANG JUN', at(1));
    expect(renamed).toMatchObject({
      id: 'wang',
      name: 'WANG JUN',
      normalizedName: 'wang jun',
      aliases: ['W. Jun', 'Wang Jun'],
    });
    expect(await db.entities.count()).toBe(3);
  });

  it("renaming onto another entity's name merges into that entity", async () => {
    const db = freshDb();
    await seed(db);
    const merged = await renameEntity(db, 'wang2', "Wang Jun's", at(7));
    expect(merged.id).toBe('wang');
    expect(merged.name).toBe('Wang Jun');
    expect(merged.aliases.sort()).toEqual(['Jun Wang', 'Mr Wang', 'W. Jun'].sort());
    expect(await db.entities.get('wang2')).toBeUndefined();
    expect((await db.annotations.where('entityId').equals('wang').primaryKeys()).sort()).toEqual([
      'm1',
      'm2',
      'm3',
    ]);
    expect((await db.annotations.get('c1'))?.claim?.claimantId).toBe('wang');
  });

  it('refuses an unknown entity', async () => {
    const db = freshDb();
    await expect(renameEntity(db, 'nobody', 'X', T0)).rejects.toThrow(
      'This entity no longer exists.',
    );
  });
});

describe('mergeEntities', () => {
  it('moves every mention and claimant over, merges the names and deletes the source', async () => {
    const db = freshDb();
    const { wang } = await seed(db);
    const merged = await mergeEntities(db, 'wang2', 'wang', at(9));
    expect(merged).toEqual({
      ...wang,
      aliases: ['W. Jun', 'Jun Wang', 'Mr Wang'],
      updatedAt: at(9).toISOString(),
    });
    expect(await db.entities.get('wang')).toEqual(merged);
    expect(await db.entities.get('wang2')).toBeUndefined();

    const rows = await db.annotations.orderBy('id').toArray();
    const byId = Object.fromEntries(rows.map((a) => [a.id, a]));
    expect(byId.m2.entityId).toBe('wang');
    expect(byId.m3.entityId).toBe('wang');
    expect(byId.m2.updatedAt).toBe(at(9).toISOString());
    expect(byId.c1.claim).toEqual({
      status: 'disputed',
      evidenceUrl: '',
      note: '',
      claimantId: 'wang',
    });
    expect(byId.c1.updatedAt).toBe(at(9).toISOString());
    // Untouched records keep their stamps.
    expect(byId.m1.updatedAt).toBe(T0.toISOString());
    expect(byId.c2.updatedAt).toBe(T0.toISOString());
    expect(byId.o1).toMatchObject({ entityId: 'sftu', updatedAt: T0.toISOString() });
    expect(rows.some((a) => a.entityId === 'wang2' || a.claim?.claimantId === 'wang2')).toBe(false);
  });

  it("afterwards a mention of the source's name or aliases finds the target", async () => {
    const db = freshDb();
    await seed(db);
    await mergeEntities(db, 'wang2', 'wang', at(1));
    expect((await ensureEntity(db, 'person', 'Jun Wang', at(2))).id).toBe('wang');
    expect((await ensureEntity(db, 'person', 'mr. wang', at(3))).id).toBe('wang');
    expect(await db.entities.where('type').equals('person').count()).toBe(1);
  });

  it("does not list the target's own name among the aliases", async () => {
    const db = freshDb();
    await db.entities.bulkAdd([
      entity('person', 'Li Wei', 'li wei', { id: 't' }),
      entity('person', 'Wei Li', 'wei li', { id: 's', aliases: ['Li Wei', 'L. Wei'] }),
    ]);
    const merged = await mergeEntities(db, 's', 't', at(1));
    expect(merged.aliases).toEqual(['Wei Li', 'L. Wei']);
  });

  it('refuses to merge a person into an organization, changing nothing', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    await expect(mergeEntities(db, 'wang', 'sftu', at(1))).rejects.toThrow(
      'A person cannot be merged into an organization.',
    );
    await expect(mergeEntities(db, 'sftu', 'wang', at(1))).rejects.toThrow(
      'An organization cannot be merged into a person.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a self-merge and a missing entity', async () => {
    const db = freshDb();
    await seed(db);
    const before = await snapshot(db);
    await expect(mergeEntities(db, 'wang', 'wang', at(1))).rejects.toThrow(
      'An entity cannot be merged into itself.',
    );
    await expect(mergeEntities(db, 'gone', 'wang', at(1))).rejects.toThrow(
      'One of the entities to merge no longer exists.',
    );
    await expect(mergeEntities(db, 'wang', 'gone', at(1))).rejects.toThrow(
      'One of the entities to merge no longer exists.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
