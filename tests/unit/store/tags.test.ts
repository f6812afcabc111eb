// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readTags, renameTag } from '../../../utils/store/tags';
import { annotation, at, freshDb } from '../helpers/db';

const URL = 'https://news.example/story';

async function tagged() {
  const db = freshDb();
  await db.annotations.bulkAdd([
    annotation(URL, { id: 'a', tags: ['numbers', 'MIIT'] }),
    annotation(URL, { id: 'b', tags: ['numbers'] }),
    annotation(URL, { id: 'c', tags: ['Statistics', 'numbers'] }),
    annotation(URL, { id: 'd', tags: [] }),
  ]);
  return db;
}

describe('readTags', () => {
  it('lists every tag in use with how many annotations carry it, by name', async () => {
    expect(await readTags(await tagged())).toEqual([
      { tag: 'MIIT', count: 1 },
      { tag: 'numbers', count: 3 },
      { tag: 'Statistics', count: 1 },
    ]);
  });

  it('is empty in a library without tags', async () => {
    expect(await readTags(freshDb())).toEqual([]);
  });
});

describe('renameTag', () => {
  it('renames the tag everywhere, merging it where the new name is already there', async () => {
    const db = await tagged();
    expect(await renameTag(db, 'numbers', 'Statistics', at(5))).toBe(3);
    const tags = Object.fromEntries(
      (await db.annotations.toArray()).map((a) => [a.id, a.tags] as const),
    );
    expect(tags).toEqual({
      a: ['Statistics', 'MIIT'],
      b: ['Statistics'],
      c: ['Statistics'],
      d: [],
    });
    expect((await db.annotations.get('a'))!.updatedAt).toBe(at(5).toISOString());
    expect((await db.annotations.get('d'))!.updatedAt).not.toBe(at(5).toISOString());
    expect(await readTags(db)).toEqual([
      { tag: 'MIIT', count: 1 },
      { tag: 'Statistics', count: 3 },
    ]);
  });

  it('trims the new name, refuses an empty one, and changes nothing for the same name or an unused tag', async () => {
    const db = await tagged();
    await expect(renameTag(db, 'numbers', '   ')).rejects.toThrow('A tag needs a name.');
    expect(await renameTag(db, 'numbers', 'numbers')).toBe(0);
    expect(await renameTag(db, 'nothing', 'else')).toBe(0);
    expect(await renameTag(db, 'MIIT', '  Ministry  ')).toBe(1);
    expect((await db.annotations.get('a'))!.tags).toEqual(['numbers', 'Ministry']);
  });
});
