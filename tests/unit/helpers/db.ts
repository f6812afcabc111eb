import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { GlossDatabase } from '../../../utils/store/db';
import type { ExportData } from '../../../utils/interchange/export';
import type { Annotation, Article, Entity } from '../../../utils/model';
import type { AnnotationDraft, ArticleInput } from '../../../utils/model';

/**
 * A fresh GlossDatabase on fake-indexeddb, under a name no other test uses, deleted after the test.
 * Call it inside a test (or a beforeEach); each call gives its own empty database.
 */
// Dexie looks for IndexedDB when it is first imported; a test file that imports dexie (or
// utils/db) before this helper would otherwise find none.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let counter = 0;
const opened: GlossDatabase[] = [];

export function freshDb(): GlossDatabase {
  const db = new GlossDatabase(`gloss-test-${process.pid}-${++counter}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Every row of every table, sorted by key: for "nothing changed" comparisons. */
export async function snapshot(db: GlossDatabase): Promise<ExportData> {
  const [articles, annotations, entities] = await Promise.all([
    db.articles.orderBy('url').toArray(),
    db.annotations.orderBy('id').toArray(),
    db.entities.orderBy('id').toArray(),
  ]);
  return { articles, annotations, entities };
}

export const T0 = new Date('2024-05-18T09:00:00.000Z');
/** T0 plus `minutes`. */
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function articleInput(url: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url,
    canonicalUrl: null,
    title: `Article at ${url}`,
    byline: 'A. Reporter',
    siteName: null,
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    length: 1200,
    textHash: null,
    ...extra,
  };
}

export function article(url: string, extra: Partial<Article> = {}): Article {
  return {
    ...articleInput(url),
    dismissedSuggestions: [],
    savedAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    ...extra,
  };
}

let draftCounter = 0;
export function draft(articleUrl: string, extra: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const quote = extra.quote ?? `quote number ${++draftCounter}`;
  return {
    id: crypto.randomUUID(),
    articleUrl,
    type: 'highlight',
    quote,
    prefix: 'before ',
    suffix: ' after',
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' }],
    note: '',
    tags: [],
    color: null,
    ...extra,
  };
}

export function annotation(articleUrl: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    ...draft(articleUrl),
    entityId: null,
    claim: null,
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    ...extra,
  };
}

export function entity(
  type: Entity['type'],
  name: string,
  normalizedName: string,
  extra: Partial<Entity> = {},
): Entity {
  return {
    id: crypto.randomUUID(),
    type,
    name,
    normalizedName,
    aliases: [],
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    ...extra,
  };
}
