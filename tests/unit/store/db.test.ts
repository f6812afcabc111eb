// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_NAME, DB_VERSION, GlossDatabase, openDatabase } from '../../../utils/store/db';
import { annotation, article, entity, freshDb } from '../helpers/db';

describe('GlossDatabase schema', () => {
  it('opens at the current version with its tables and the indexes its queries use', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'aliases',
      'annotations',
      'articleTallies',
      'articles',
      'entities',
      'entityTallies',
      'snapshots',
      'tagTallies',
    ]);
    const indexes = (name: string) =>
      db
        .table(name)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(db.articles.schema.primKey.name).toBe('url');
    expect(indexes('articles')).toEqual(['canonicalUrl', 'savedAt']);
    expect(db.annotations.schema.primKey.name).toBe('id');
    expect(indexes('annotations')).toEqual([
      '[articleUrl+type]',
      '[type+createdAt]',
      'articleUrl',
      'claim.claimantId',
      'claim.status',
      'createdAt',
      'entityId',
      'tags',
    ]);
    expect(db.annotations.schema.idxByName.tags.multi).toBe(true);
    expect(indexes('entities')).toEqual(['[type+normalizedName]', 'type']);
    expect(db.entities.schema.idxByName['[type+normalizedName]'].unique).toBe(true);
    expect(db.aliases.schema.primKey.name).toBe('[type+key+entityId]');
    expect(indexes('aliases')).toEqual(['[type+key]', 'entityId']);
  });

  it('defaults to the name "gloss"', () => {
    expect(DB_NAME).toBe('gloss');
    expect(new GlossDatabase().name).toBe('gloss');
    expect(openDatabase('other').name).toBe('other');
  });

  it('rejects a second entity with the same (type, normalizedName) under another id', async () => {
    const db = freshDb();
    await db.entities.add(entity('organization', "Worker's Daily", 'worker daily', { id: 'e1' }));
    const error = await db.entities
      .add(entity('organization', 'Worker Daily', 'worker daily', { id: 'e2' }))
      .then(
        () => null,
        (e: Error) => e,
      );
    expect(error?.name).toBe('ConstraintError');
    expect(await db.entities.toArray()).toHaveLength(1);
    expect((await db.entities.get('e1'))?.name).toBe("Worker's Daily");
  });

  it('lets the same normalized name exist once per type', async () => {
    const db = freshDb();
    await db.entities.add(entity('person', 'Jordan', 'jordan', { id: 'p' }));
    await db.entities.add(entity('organization', 'Jordan', 'jordan', { id: 'o' }));
    const found = await db.entities
      .where('[type+normalizedName]')
      .equals(['organization', 'jordan'])
      .toArray();
    expect(found.map((e) => e.id)).toEqual(['o']);
  });

  it('indexes annotations by article, by article and type, and by claimant', async () => {
    const db = freshDb();
    const url = 'https://news.example/a';
    await db.articles.add(article(url, { canonicalUrl: 'https://news.example/canon' }));
    await db.annotations.bulkAdd([
      annotation(url, { id: 'a1', tags: ['economy', 'check'] }),
      annotation(url, { id: 'a2', tags: ['check'] }),
      annotation('https://other.example/b', { id: 'a3', tags: ['economy'] }),
    ]);
    expect(await db.annotations.where('[articleUrl+type]').equals([url, 'highlight']).count()).toBe(
      2,
    );
    await db.annotations.update('a2', {
      claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: 'e9' },
    });
    expect(await db.annotations.where('claim.claimantId').equals('e9').primaryKeys()).toEqual([
      'a2',
    ]);
    expect((await db.annotations.where('articleUrl').equals(url).primaryKeys()).sort()).toEqual([
      'a1',
      'a2',
    ]);
    expect(
      await db.articles.where('canonicalUrl').equals('https://news.example/canon').primaryKeys(),
    ).toEqual([url]);
  });

  it('keeps its data across close and reopen', async () => {
    const db = freshDb();
    await db.articles.add(article('https://news.example/kept'));
    db.close();
    const again = new GlossDatabase(db.name);
    expect((await again.articles.get('https://news.example/kept'))?.title).toBe(
      'Article at https://news.example/kept',
    );
    again.close();
    await Dexie.delete(db.name);
  });
});
