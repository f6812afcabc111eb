import type { ExportData } from '../../../utils/interchange/export';
import { afterAll, beforeEach } from 'vitest';
import type { GlossDatabase } from '../../../utils/store/db';
import { annotation, article, entity, freshDb } from './db';

/** A small library over three sites: entities across articles, claims, tags, an article without annotations. */
export const GUARDIAN = 'https://www.theguardian.com/world/2024/may/17/vote';
export const BBC_1 = 'https://www.bbc.com/news/world-1';
export const BBC_2 = 'https://www.bbc.com/news/world-2';
export const BLOG = 'https://blog.example/post';

export function library(): ExportData {
  const wang = entity('person', 'Wang Jun', 'wang jun', { id: 'wang' });
  const li = entity('person', 'Li Wei', 'li wei', { id: 'li' });
  const un = entity('organization', 'United Nations', 'united nations', { id: 'un' });
  return {
    articles: [
      article(GUARDIAN, {
        siteName: 'The Guardian',
        publishedTime: '2024-05-17T09:00:00Z',
        savedAt: '2024-05-18T10:00:00.000Z',
      }),
      article(BBC_1, {
        siteName: 'BBC News',
        publishedTime: '2024-05-01T12:00:00Z',
        savedAt: '2024-05-19T10:00:00.000Z',
      }),
      article(BBC_2, {
        siteName: 'BBC News',
        publishedTime: 'not a date',
        savedAt: '2024-06-02T12:00:00.000Z',
      }),
      article(BLOG, { siteName: null, publishedTime: null, savedAt: '2024-04-10T12:00:00.000Z' }),
    ],
    entities: [wang, li, un],
    annotations: [
      annotation(GUARDIAN, {
        id: 'g-wang',
        type: 'person',
        entityId: 'wang',
        quote: 'Mr Wang',
        createdAt: '2024-05-18T10:01:00.000Z',
      }),
      annotation(GUARDIAN, {
        id: 'g-un',
        type: 'organization',
        entityId: 'un',
        quote: 'the UN',
        createdAt: '2024-05-18T10:02:00.000Z',
      }),
      annotation(GUARDIAN, {
        id: 'g-claim',
        type: 'claim',
        quote: 'turnout was 90%',
        note: 'Too high?',
        tags: ['numbers'],
        createdAt: '2024-05-18T10:03:00.000Z',
        claim: { status: 'disputed', evidenceUrl: '', note: '', claimantId: 'wang' },
      }),
      annotation(GUARDIAN, {
        id: 'g-hl',
        type: 'highlight',
        quote: 'polling stations opened',
        tags: ['Context'],
        createdAt: '2024-05-18T10:04:00.000Z',
      }),
      annotation(BBC_1, {
        id: 'b1-wang',
        type: 'person',
        entityId: 'wang',
        quote: 'Wang',
        createdAt: '2024-05-19T10:01:00.000Z',
      }),
      annotation(BBC_1, {
        id: 'b1-wang2',
        type: 'person',
        entityId: 'wang',
        quote: 'he',
        createdAt: '2024-05-19T10:02:00.000Z',
      }),
      annotation(BBC_1, {
        id: 'b1-li',
        type: 'person',
        entityId: 'li',
        quote: 'Li',
        createdAt: '2024-05-19T10:03:00.000Z',
      }),
      annotation(BBC_1, {
        id: 'b1-claim',
        type: 'claim',
        quote: 'the economy grew',
        createdAt: '2024-05-19T10:04:00.000Z',
        claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
      }),
      annotation(BBC_2, {
        id: 'b2-hl',
        type: 'highlight',
        quote: 'a quiet day',
        note: 'Compare with the Guardian',
        createdAt: '2024-06-02T12:01:00.000Z',
      }),
      // A mention of an entity that no longer exists is left out of the entity rows.
      annotation(BBC_2, {
        id: 'b2-ghost',
        type: 'person',
        entityId: 'deleted',
        quote: 'ghost',
        createdAt: '2024-06-02T12:02:00.000Z',
      }),
    ],
  };
}

/** A fresh database holding `data`'s records, written in one transaction. */
export async function storeLibrary(data: ExportData): Promise<GlossDatabase> {
  const db = freshDb();
  await db.transaction('rw', db.articles, db.annotations, db.entities, async () => {
    await db.articles.bulkPut(data.articles);
    await db.annotations.bulkPut(data.annotations);
    await db.entities.bulkPut(data.entities);
  });
  return db;
}

/** The file's tests run in UTC (the views format dates), and the reader's zone is put back after. */
export function inUtc(): void {
  const readerTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    process.env.TZ = readerTz;
  });
}
