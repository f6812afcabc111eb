// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../utils/interchange/export';
import { readArticleDetail, readEntityDetail } from '../../../utils/store/library-detail';
import { annotation } from '../helpers/db';
import { BBC_1, GUARDIAN, inUtc, library, storeLibrary } from '../helpers/library';

const LIBRARY = library();

const stored = (data: ExportData = LIBRARY) => storeLibrary(data);

inUtc();

describe('readArticleDetail', () => {
  it("reads one article's annotations in page order, with the entities they name and its snapshot", async () => {
    const db = await stored();
    await db.snapshots.put({
      articleUrl: GUARDIAN,
      paragraphs: ['Mr Wang said turnout was 90%.'],
      textHash: 'h',
      takenAt: '2024-05-18T10:00:00.000Z',
    });
    const late = annotation(GUARDIAN, {
      id: 'g-first',
      quote: 'first on the page',
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 17 }],
      createdAt: '2024-06-01T00:00:00.000Z',
    });
    await db.annotations.add(late);
    const detail = await readArticleDetail(db, GUARDIAN);
    expect(detail.article?.url).toBe(GUARDIAN);
    expect(detail.annotations.map((a) => a.id)).toEqual([
      'g-first',
      'g-wang',
      'g-un',
      'g-claim',
      'g-hl',
    ]);
    // Wang as a mention and as the claim's claimant, the UN as a mention.
    expect([...detail.entities.keys()].sort()).toEqual(['un', 'wang']);
    expect(detail.snapshot?.paragraphs).toEqual(['Mr Wang said turnout was 90%.']);
    expect((await readArticleDetail(db, BBC_1)).snapshot).toBeUndefined();
  });

  it('reads nothing for an article the library does not hold', async () => {
    const detail = await readArticleDetail(await stored(), 'https://nowhere.example/x');
    expect(detail).toEqual({
      article: undefined,
      annotations: [],
      snapshot: undefined,
      entities: new Map(),
    });
  });
});

describe('readEntityDetail', () => {
  it("reads an entity's mentions, most recently saved article first, and the claims attributed to it", async () => {
    const detail = await readEntityDetail(await stored(), 'wang');
    expect(detail.entity?.name).toBe('Wang Jun');
    expect(detail.mentions.map((m) => [m.annotation.id, m.article?.url])).toEqual([
      ['b1-wang', BBC_1],
      ['b1-wang2', BBC_1],
      ['g-wang', GUARDIAN],
    ]);
    expect(detail.claims.map((c) => [c.annotation.id, c.claimant?.id, c.article?.url])).toEqual([
      ['g-claim', 'wang', GUARDIAN],
    ]);
  });

  it('reads an entity without mentions or claims, and none for an unknown id', async () => {
    const db = await stored();
    expect(await readEntityDetail(db, 'un')).toMatchObject({ claims: [] });
    expect(await readEntityDetail(db, 'gone')).toEqual({
      entity: undefined,
      mentions: [],
      claims: [],
    });
  });
});
