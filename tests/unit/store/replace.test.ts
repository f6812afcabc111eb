// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { replaceStored } from '../../../utils/store/replace';
import { annotation, article, freshDb } from '../helpers/db';

const URL_A = 'https://news.example/a';

describe('replaceStored', () => {
  it('writes the new record over the stored one', async () => {
    const db = await freshDb();
    const stored = annotation(URL_A, { id: 'x', note: 'old' });
    await db.annotations.put(stored);
    await replaceStored(db.annotations, 'x', { ...stored, note: 'new' });
    expect(await db.annotations.get('x')).toEqual({ ...stored, note: 'new' });
  });

  it('refuses to create a record: there must be one to replace', async () => {
    const db = await freshDb();
    await db.articles.put(article(URL_A));
    await expect(
      replaceStored(db.annotations, 'missing', annotation(URL_A, { id: 'missing' })),
    ).rejects.toThrow('No stored record to replace in annotations.');
    expect(await db.annotations.count()).toBe(0);
  });

  it('tells live queries only about the index keys that changed', async () => {
    const db = await freshDb();
    const stored = annotation(URL_A, { id: 'x', type: 'claim' });
    await db.annotations.put(stored);
    let runs = 0;
    const values: number[] = [];
    const sub = liveQuery(
      () => (runs++, db.annotations.where('articleUrl').equals(URL_A).count()),
    ).subscribe((v) => values.push(v));
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(1);
    await replaceStored(db.annotations, 'x', { ...stored, note: 'a note' });
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(1);
    await replaceStored(db.annotations, 'x', { ...stored, articleUrl: 'https://news.example/b' });
    await new Promise((r) => setTimeout(r, 100));
    expect(values.at(-1)).toBe(0);
    sub.unsubscribe();
  });
});
