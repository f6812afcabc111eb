// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { at, entity, freshDb } from '../helpers/db';
import { aliasRows, findByAlias } from '../../../utils/store/alias-index';
import { clearDatabase, importIntoDb } from '../../../utils/store/import-into-db';
import { ensureEntity } from '../../../utils/store/repo';

const miit = (extra = {}) =>
  entity('organization', 'Ministry of Industry', 'ministry of industry', {
    id: 'miit',
    aliases: ['MIIT', 'M.I.I.T.'],
    ...extra,
  });
const file = (entities: ReturnType<typeof entity>[]) => ({
  articles: [],
  annotations: [],
  entities,
});

describe('the alias index', () => {
  it('has one row per distinct normalized alias', () => {
    expect(aliasRows(miit())).toEqual([{ type: 'organization', key: 'miit', entityId: 'miit' }]);
  });

  it("is filled by an import, so a later mention of an imported entity's alias links to it", async () => {
    const db = freshDb();
    await importIntoDb(db, file([miit()]));
    expect((await findByAlias(db, 'organization', 'miit'))?.id).toBe('miit');
    expect((await ensureEntity(db, 'organization', 'MIIT')).id).toBe('miit');
    expect(await db.entities.count()).toBe(1);
  });

  it('follows a newer import of the entity: aliases it dropped no longer find it', async () => {
    const db = freshDb();
    await importIntoDb(db, file([miit()]));
    await importIntoDb(
      db,
      file([miit({ aliases: ['Industry Ministry'], updatedAt: at(5).toISOString() })]),
    );
    expect(await findByAlias(db, 'organization', 'miit')).toBeUndefined();
    expect((await findByAlias(db, 'organization', 'industry ministry'))?.id).toBe('miit');
    expect(await db.aliases.count()).toBe(1);
  });

  it('grows when a new spelling of a known name is tagged', async () => {
    const db = freshDb();
    await importIntoDb(db, file([miit()]));
    await ensureEntity(db, 'organization', 'MIIT');
    // "Ministry of Industry's" folds to the entity's own name: recorded as a spelling, found by name.
    const same = await ensureEntity(db, 'organization', "Ministry of Industry's");
    expect(same.id).toBe('miit');
    expect(same.aliases).toContain("Ministry of Industry's");
    expect(await db.aliases.where('entityId').equals('miit').count()).toBe(2);
  });

  it('is emptied with everything else by "delete everything"', async () => {
    const db = freshDb();
    await importIntoDb(db, file([miit()]));
    await clearDatabase(db);
    expect(await db.aliases.count()).toBe(0);
    expect(await findByAlias(db, 'organization', 'miit')).toBeUndefined();
  });
});
