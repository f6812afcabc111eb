// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { at, articleInput, freshDb, T0 } from '../helpers/db';
import { saveArticle } from '../../../utils/store/repo';
import { clearSnapshots, findSnapshot, keepSnapshot } from '../../../utils/store/snapshots';
import { clearDatabase } from '../../../utils/store/import-into-db';
import { bareArticle } from '../../../utils/model/placeholder-article';
import { hashText } from '../../../utils/page/text-hash';
import { MAX_SNAPSHOT_PARAGRAPHS } from '../../../utils/model/limits';

const URL_A = 'https://news.example/2024/05/story';
const PARAGRAPHS = ['Baoji has built 18 national firms.', 'It said more.'];
const HASH = hashText(PARAGRAPHS.join(' '));

async function annotatedArticle(url = URL_A, textHash: string | null = HASH) {
  const db = freshDb();
  await saveArticle(db, articleInput(url, { textHash }), T0);
  return db;
}

describe('keepSnapshot', () => {
  it("keeps the article's paragraphs, their hash and when it was taken", async () => {
    const db = await annotatedArticle();
    const kept = await keepSnapshot(
      db,
      { articleUrl: URL_A, paragraphs: PARAGRAPHS, textHash: HASH },
      at(5),
    );
    expect(kept).toEqual({
      articleUrl: URL_A,
      paragraphs: PARAGRAPHS,
      textHash: HASH,
      takenAt: at(5).toISOString(),
    });
    expect(await findSnapshot(db, URL_A)).toEqual(kept);
  });

  it('keeps the first snapshot: a later text does not replace it', async () => {
    const db = await annotatedArticle();
    await keepSnapshot(db, { articleUrl: URL_A, paragraphs: PARAGRAPHS, textHash: HASH }, at(5));
    await db.articles.update(URL_A, { textHash: 'other' });
    const later = await keepSnapshot(
      db,
      { articleUrl: URL_A, paragraphs: ['Edited.'], textHash: 'other' },
      at(90),
    );
    expect(later).toBeNull();
    expect((await findSnapshot(db, URL_A))?.takenAt).toBe(at(5).toISOString());
  });

  it('keeps nothing for an article not stored, a placeholder, or a text that is not the record’s', async () => {
    const db = freshDb();
    const input = { articleUrl: URL_A, paragraphs: PARAGRAPHS, textHash: HASH };
    expect(await keepSnapshot(db, input)).toBeNull(); // no record: nothing was annotated
    await saveArticle(db, bareArticle(URL_A), T0);
    expect(await keepSnapshot(db, input)).toBeNull(); // the extraction has not completed it yet
    await saveArticle(db, articleInput(URL_A, { textHash: 'another text' }), T0);
    expect(await keepSnapshot(db, input)).toBeNull(); // the page moved on since
    expect(await db.snapshots.count()).toBe(0);
  });

  it('refuses a snapshot outside the model’s limits', async () => {
    const db = await annotatedArticle();
    const tooMany = Array.from({ length: MAX_SNAPSHOT_PARAGRAPHS + 1 }, (_, i) => `p${i}`);
    await expect(
      keepSnapshot(db, { articleUrl: URL_A, paragraphs: tooMany, textHash: HASH }),
    ).rejects.toThrow(/paragraphs/);
    await expect(
      keepSnapshot(db, { articleUrl: 'javascript:alert(1)', paragraphs: [], textHash: HASH }),
    ).rejects.toThrow();
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('clearing snapshots', () => {
  it('deletes every snapshot and says how many, leaving the articles', async () => {
    const db = await annotatedArticle();
    await saveArticle(db, articleInput('https://b.example/x', { textHash: HASH }), T0);
    for (const articleUrl of [URL_A, 'https://b.example/x'])
      await keepSnapshot(db, { articleUrl, paragraphs: PARAGRAPHS, textHash: HASH });
    expect(await clearSnapshots(db)).toBe(2);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.articles.count()).toBe(2);
    expect(await clearSnapshots(db)).toBe(0);
  });

  it('"Delete everything" deletes the snapshots too', async () => {
    const db = await annotatedArticle();
    await keepSnapshot(db, { articleUrl: URL_A, paragraphs: PARAGRAPHS, textHash: HASH });
    await clearDatabase(db);
    expect(await db.snapshots.count()).toBe(0);
  });
});
