import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, GlossDatabase } from '../../utils/db';

/** A database exactly as schema v1 left it, written without Gloss's current code. */
async function writeV1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    articles: 'url, canonicalUrl, savedAt',
    annotations: 'id, articleUrl, type, entityId, createdAt, *tags',
    entities: 'id, &[type+normalizedName], type',
  });
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
  const entities = [{ id: 'e1', type: 'person', name: 'Wang Jun', normalizedName: 'wang jun', aliases: [], createdAt: stamp, updatedAt: stamp }];
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
    // The v1 indexes still answer.
    expect(await db.annotations.where('tags').equals('v1').count()).toBe(50);
    expect(await db.entities.where('[type+normalizedName]').equals(['person', 'wang jun']).count()).toBe(1);
    db.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = new GlossDatabase(`gloss-fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'articles', 'entities']);
    db.close();
  });
});
