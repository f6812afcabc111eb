import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, GlossDatabase } from '../../../utils/store/db';
import { findByAlias } from '../../../utils/store/alias-index';

/** The stores of each schema version as it shipped (v1 first), declared without Gloss's current code. */
const SHIPPED: Record<string, string>[] = [
  {
    articles: 'url, canonicalUrl, savedAt',
    annotations: 'id, articleUrl, type, entityId, createdAt, *tags',
    entities: 'id, &[type+normalizedName], type',
  },
  {},
  {
    annotations:
      'id, articleUrl, [articleUrl+type], entityId, [type+createdAt], createdAt, claim.claimantId',
  },
  { snapshots: 'articleUrl', aliases: '[type+key+entityId], [type+key], entityId' },
  {
    annotations:
      'id, articleUrl, [articleUrl+type], entityId, [type+createdAt], createdAt, claim.claimantId, claim.status, *tags',
  },
];

/** A Dexie of `name` declaring versions 1 to `version` exactly as they shipped. */
function asShipped(name: string, version: number): Dexie {
  const db = new Dexie(name);
  SHIPPED.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

/** A database exactly as schema v1 left it, written without Gloss's current code. */
async function writeV1Database(name: string) {
  const v1 = asShipped(name, 1);
  const stamp = '2024-05-17T08:00:00.000Z';
  const articles = Array.from({ length: 50 }, (_, i) => ({
    url: `https://news.example/story-${i}`,
    canonicalUrl: null,
    title: `Story ${i}`,
    byline: null,
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    length: 1000 + i,
    textHash: `hash${i}`,
    savedAt: stamp,
    updatedAt: stamp,
  }));
  const annotations = articles.map((a, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    articleUrl: a.url,
    type: 'highlight',
    quote: `quote ${i}`,
    prefix: '',
    suffix: '',
    selectors: [],
    note: `note ${i}`,
    entityId: null,
    claim: null,
    tags: ['v1'],
    color: null,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const entities = [
    {
      id: 'e1',
      type: 'person',
      name: 'Wang Jun',
      normalizedName: 'wang jun',
      aliases: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
  await v1.table('articles').bulkAdd(articles);
  await v1.table('annotations').bulkAdd(annotations);
  await v1.table('entities').bulkAdd(entities);
  v1.close();
  return { articles, annotations, entities };
}

describe('schema upgrades', () => {
  it(`opens a real v1 database at v${DB_VERSION}, keeping every v1 row and adding dismissedSuggestions`, async () => {
    const name = `gloss-upgrade-${crypto.randomUUID()}`;
    const before = await writeV1Database(name);
    const db = new GlossDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const articles = await db.articles.orderBy('url').toArray();
    expect(articles).toHaveLength(before.articles.length);
    for (const article of articles) {
      const original = before.articles.find((a) => a.url === article.url)!;
      expect(article).toEqual({ ...original, dismissedSuggestions: [] });
    }
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before.annotations);
    expect(await db.entities.toArray()).toEqual(before.entities);
    expect(
      await db.entities.where('[type+normalizedName]').equals(['person', 'wang jun']).count(),
    ).toBe(1);
    db.close();
  });

  it(`opens a real v2 database at v${DB_VERSION}: rows kept, counts per article and type from keys, claims found by claimant`, async () => {
    const name = `gloss-upgrade-${crypto.randomUUID()}`;
    const before = await writeV1Database(name);
    // v2 as it shipped: v1's stores, every article with its dismissed suggestions.
    const v2 = asShipped(name, 2);
    await v2
      .table('articles')
      .toCollection()
      .modify({ dismissedSuggestions: ['person:li hua'] });
    const stamp = '2024-06-01T08:00:00.000Z';
    const renamed = {
      id: 'e2',
      type: 'organization',
      name: 'Shaanxi Federation of Trade Unions',
      normalizedName: 'shaanxi federation of trade unions',
      aliases: ['Shaanxi FTU', 'SFTU'],
      createdAt: stamp,
      updatedAt: stamp,
    };
    await v2.table('entities').add(renamed);
    const claim = {
      ...before.annotations[0],
      id: 'claim-1',
      type: 'claim',
      claim: { status: 'disputed', evidenceUrl: '', note: '', claimantId: 'e1' },
      createdAt: stamp,
    };
    await v2.table('annotations').add(claim);
    v2.close();

    const db = new GlossDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.articles.count()).toBe(50);
    expect((await db.articles.get(before.articles[0].url))?.dismissedSuggestions).toEqual([
      'person:li hua',
    ]);
    expect(await db.annotations.count()).toBe(51);
    expect(await db.annotations.get('claim-1')).toEqual(claim);
    // The new indexes answer over the upgraded rows.
    expect(await db.entities.get('e2')).toEqual(renamed);
    expect(
      await db.annotations
        .where('[articleUrl+type]')
        .equals([before.articles[0].url, 'claim'])
        .count(),
    ).toBe(1);
    expect(
      await db.annotations
        .where('[articleUrl+type]')
        .equals([before.articles[0].url, 'highlight'])
        .count(),
    ).toBe(1);
    expect(
      await db.annotations
        .where('[type+createdAt]')
        .between(['highlight', Dexie.minKey], ['highlight', Dexie.maxKey])
        .count(),
    ).toBe(50);
    expect(await db.annotations.where('claim.claimantId').equals('e1').primaryKeys()).toEqual([
      'claim-1',
    ]);
    db.close();
  });

  it(`opens a real v3 database at v${DB_VERSION}: rows kept, entities' aliases indexed, no snapshots yet`, async () => {
    const name = `gloss-upgrade-${crypto.randomUUID()}`;
    const before = await writeV1Database(name);
    // v3 as it shipped: v2's stores with the indexes the queries use.
    const v3 = asShipped(name, 3);
    const stamp = '2024-07-01T08:00:00.000Z';
    const merged = {
      id: 'e3',
      type: 'organization',
      name: 'Ministry of Industry and Information Technology',
      normalizedName: 'ministry of industry and information technology',
      aliases: ['MIIT', 'M.I.I.T.', 'Industry Ministry'],
      createdAt: stamp,
      updatedAt: stamp,
    };
    await v3.table('entities').add(merged);
    v3.close();

    const db = new GlossDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(before.annotations);
    expect(await db.entities.get('e3')).toEqual(merged);
    expect(await db.snapshots.count()).toBe(0);
    // "MIIT" and "M.I.I.T." fold to one key: one row each for two distinct keys, plus "industry ministry".
    expect(await db.aliases.where('entityId').equals('e3').count()).toBe(2);
    expect((await findByAlias(db, 'organization', 'miit'))?.id).toBe('e3');
    expect((await findByAlias(db, 'organization', 'industry ministry'))?.id).toBe('e3');
    expect(await findByAlias(db, 'person', 'miit')).toBeUndefined();
    expect(await findByAlias(db, 'person', 'wang jun')).toBeUndefined();
    db.close();
  });

  it(`opens a real v4 database at v${DB_VERSION}: rows kept, tags indexed for the library`, async () => {
    const name = `gloss-upgrade-${crypto.randomUUID()}`;
    const before = await writeV1Database(name);
    // v4 as it shipped: v3's indexes (no *tags), snapshots and the alias index.
    const v4 = asShipped(name, 4);
    const tagged = { ...before.annotations[1], id: 'tagged', tags: ['numbers', 'MIIT'] };
    const claimRow = (id: string, status: string) => ({
      ...before.annotations[2],
      id,
      type: 'claim',
      tags: [],
      claim: { status, evidenceUrl: '', note: '', claimantId: null },
    });
    await v4
      .table('annotations')
      .bulkAdd([
        tagged,
        claimRow('c1', 'unverified'),
        claimRow('c2', 'unverified'),
        claimRow('c3', 'false'),
      ]);
    v4.close();

    const db = new GlossDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.annotations.count()).toBe(54);
    expect(await db.annotations.get('tagged')).toEqual(tagged);
    expect(await db.annotations.where('tags').equals('numbers').primaryKeys()).toEqual(['tagged']);
    expect(await db.annotations.where('tags').equals('v1').count()).toBe(50);
    expect(await db.annotations.orderBy('tags').uniqueKeys()).toEqual(['MIIT', 'numbers', 'v1']);
    // claim.status is indexed for the rows v4 held: the unverified count reads keys only.
    expect(await db.annotations.where('claim.status').equals('unverified').primaryKeys()).toEqual([
      'c1',
      'c2',
    ]);
    expect(await db.annotations.where('claim.status').equals('false').count()).toBe(1);
    db.close();
  });

  it(`opens a real v5 database at v${DB_VERSION}: rows kept, every article's counts and every entity's mentions tallied`, async () => {
    const name = `gloss-upgrade-${crypto.randomUUID()}`;
    const before = await writeV1Database(name);
    // v5 as it shipped: v4 and the claim.status and *tags indexes.
    const v5 = asShipped(name, 5);
    const story = before.articles[0].url;
    const mention = (id: string, url: string) => ({
      ...before.annotations[0],
      id,
      articleUrl: url,
      type: 'person',
      entityId: 'e1',
    });
    const extra = [
      mention('p1', story),
      mention('p2', story),
      mention('p3', before.articles[1].url),
      {
        ...before.annotations[0],
        id: 'c1',
        type: 'claim',
        claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
      },
    ];
    await v5.table('annotations').bulkAdd(extra);
    v5.close();

    const db = new GlossDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.annotations.count()).toBe(54);
    expect(await db.articleTallies.count()).toBe(50);
    expect(await db.articleTallies.get(story)).toEqual({
      url: story,
      counts: { highlight: 1, person: 2, organization: 0, claim: 1 },
    });
    expect((await db.articleTallies.get(before.articles[1].url))?.counts).toEqual({
      highlight: 1,
      person: 1,
      organization: 0,
      claim: 0,
    });
    expect(await db.entityTallies.toArray()).toEqual([
      { entityId: 'e1', mentions: 3, articles: { [story]: 2, [before.articles[1].url]: 1 } },
    ]);
    // Every v1 row carries the tag 'v1', and so do the rows added here, copied from one.
    expect(await db.tagTallies.toArray()).toEqual([{ tag: 'v1', count: 54 }]);
    db.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = new GlossDatabase(`gloss-fresh-${crypto.randomUUID()}`);
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
    db.close();
  });
});
