// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, article, draft, entity, freshDb, T0 } from '../helpers/db';
import type { GlossDatabase } from '../../../utils/store/db';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../../utils/store/repo';
import { mergeEntities } from '../../../utils/store/entities';
import { renameTag } from '../../../utils/store/tags';
import { clearDatabase, importIntoDb } from '../../../utils/store/import-into-db';
import { talliesOf } from '../../../utils/store/tallies';

const STORY = 'https://news.example/story';
const OTHER = 'https://news.example/other';

/** The tallies stored, and the tallies the annotations stored should have: they must be equal. */
async function talliesAndTruth(db: GlossDatabase) {
  const byUrl = <T extends { url: string }>(a: T, b: T) => a.url.localeCompare(b.url);
  const byId = <T extends { entityId: string }>(a: T, b: T) => a.entityId.localeCompare(b.entityId);
  const byTag = <T extends { tag: string }>(a: T, b: T) => a.tag.localeCompare(b.tag);
  const truth = talliesOf(await db.annotations.toArray());
  return {
    stored: {
      articles: (await db.articleTallies.toArray()).sort(byUrl),
      entities: (await db.entityTallies.toArray()).sort(byId),
      tags: (await db.tagTallies.toArray()).sort(byTag),
    },
    truth: {
      articles: truth.articles.sort(byUrl),
      entities: truth.entities.sort(byId),
      tags: truth.tags.sort(byTag),
    },
  };
}

async function expectInStep(db: GlossDatabase) {
  const { stored, truth } = await talliesAndTruth(db);
  expect(stored).toEqual(truth);
}

describe('the tallies follow every write to the annotations', () => {
  it('creating, retyping, renaming the entity of, deleting and restoring an annotation', async () => {
    const db = freshDb();
    const { annotation: a } = await createAnnotation(db, draft(STORY, { type: 'person' }), {
      entityName: 'Wang Jun',
    });
    await createAnnotation(db, draft(STORY, { type: 'highlight' }));
    await createAnnotation(db, draft(OTHER, { type: 'person' }), { entityName: 'Wang Jun' });
    expect((await db.articleTallies.get(STORY))?.counts).toEqual({
      highlight: 1,
      person: 1,
      organization: 0,
      claim: 0,
    });
    expect((await db.entityTallies.get(a.entityId!))?.mentions).toBe(2);
    await expectInStep(db);

    const org = await updateAnnotation(db, a.id, { type: 'organization', entityName: 'Xinhua' });
    expect((await db.articleTallies.get(STORY))?.counts.person).toBe(0);
    expect((await db.articleTallies.get(STORY))?.counts.organization).toBe(1);
    expect((await db.entityTallies.get(a.entityId!))?.mentions).toBe(1);
    expect((await db.entityTallies.get(org.entityId!))?.mentions).toBe(1);
    await expectInStep(db);

    await updateAnnotation(db, a.id, { note: 'only the note changes' });
    await expectInStep(db);

    const gone = await deleteAnnotation(db, a.id);
    expect(await db.entityTallies.get(org.entityId!)).toBeUndefined();
    await expectInStep(db);
    await restoreAnnotation(db, gone!);
    await expectInStep(db);
  });

  it("drops an article's row when its last annotation goes", async () => {
    const db = freshDb();
    const { annotation: a } = await createAnnotation(db, draft(STORY));
    await deleteAnnotation(db, a.id);
    expect(await db.articleTallies.get(STORY)).toBeUndefined();
    await expectInStep(db);
  });

  it('merging two entities moves their mentions', async () => {
    const db = freshDb();
    const { entity: full } = await createAnnotation(db, draft(STORY, { type: 'person' }), {
      entityName: 'Wang Jun',
    });
    const { entity: short } = await createAnnotation(db, draft(OTHER, { type: 'person' }), {
      entityName: 'Wang',
    });
    await createAnnotation(db, draft(OTHER, { type: 'person' }), { entityName: 'Wang' });
    await mergeEntities(db, short!.id, full!.id);
    expect(await db.entityTallies.toArray()).toEqual([
      { entityId: full!.id, mentions: 3, articles: { [STORY]: 1, [OTHER]: 2 } },
    ]);
    await expectInStep(db);
  });

  it("renaming a tag moves its count and changes no article's", async () => {
    const db = freshDb();
    await createAnnotation(db, draft(STORY, { tags: ['budget'] }));
    await createAnnotation(db, draft(STORY, { tags: ['budget', 'spending'] }));
    const before = await db.articleTallies.toArray();
    await renameTag(db, 'budget', 'spending');
    expect(await db.articleTallies.toArray()).toEqual(before);
    expect(await db.tagTallies.toArray()).toEqual([{ tag: 'spending', count: 2 }]);
    await expectInStep(db);
  });

  it('an import into an empty library, and the same file again, and a newer version of it', async () => {
    const db = freshDb();
    const wang = entity('person', 'Wang Jun', 'wang jun');
    const data = {
      articles: [article(STORY), article(OTHER)],
      entities: [wang],
      annotations: [
        ...Array.from({ length: 30 }, () => annotation(STORY)),
        ...Array.from({ length: 12 }, () =>
          annotation(OTHER, { type: 'person', entityId: wang.id }),
        ),
      ],
    };
    // Chunks of 7: six writes in flight at once in one transaction.
    await importIntoDb(db, data, () => {}, 7);
    expect((await db.articleTallies.get(STORY))?.counts.highlight).toBe(30);
    expect(await db.entityTallies.get(wang.id)).toEqual({
      entityId: wang.id,
      mentions: 12,
      articles: { [OTHER]: 12 },
    });
    await expectInStep(db);

    await importIntoDb(db, data, () => {}, 7);
    await expectInStep(db);

    const later = new Date(T0.getTime() + 60_000).toISOString();
    const retyped = data.annotations
      .slice(0, 10)
      .map((a) => ({ ...a, type: 'claim' as const, updatedAt: later, claim: null }));
    await importIntoDb(db, { ...data, annotations: retyped }, () => {}, 3);
    expect((await db.articleTallies.get(STORY))?.counts).toMatchObject({
      highlight: 20,
      claim: 10,
    });
    await expectInStep(db);
  });

  it('two writes of one annotation in flight in one transaction count it once', async () => {
    const db = freshDb();
    const a = annotation(STORY);
    await db.transaction('rw', db.annotations, () =>
      Promise.all([
        db.annotations.put(a),
        db.annotations.put({ ...a, type: 'claim' }),
        db.annotations.put(annotation(STORY)),
      ]),
    );
    expect((await db.articleTallies.get(STORY))?.counts).toMatchObject({ highlight: 1, claim: 1 });
    await expectInStep(db);
  });

  it('a write to a library that was not empty reads what it replaces', async () => {
    const db = freshDb();
    const a = annotation(STORY);
    await db.annotations.add(a);
    await db.transaction('rw', db.annotations, async () => {
      await db.annotations.put({ ...a, articleUrl: OTHER });
      await db.annotations.bulkDelete([a.id, 'no-such-id']);
      await db.annotations.bulkPut([annotation(OTHER), annotation(OTHER)]);
    });
    expect(await db.articleTallies.get(STORY)).toBeUndefined();
    expect((await db.articleTallies.get(OTHER))?.counts.highlight).toBe(2);
    await expectInStep(db);
  });

  it('a delete by range reads the annotations in it; deleting everything empties the tallies', async () => {
    const db = freshDb();
    await db.annotations.bulkAdd([
      annotation(STORY, { id: 'a1' }),
      annotation(STORY, { id: 'a2' }),
      annotation(OTHER, { id: 'b1' }),
    ]);
    await db.annotations.where('id').between('a0', 'a9').delete();
    expect(await db.articleTallies.get(STORY)).toBeUndefined();
    await expectInStep(db);
    await clearDatabase(db);
    expect(await db.articleTallies.count()).toBe(0);
    expect(await db.entityTallies.count()).toBe(0);
  });

  it('clearing the annotations and writing one, in flight at once in one transaction, count once', async () => {
    const db = freshDb();
    const a1 = annotation(STORY, { id: 'a1' });
    await db.annotations.bulkAdd([a1, annotation(STORY, { id: 'a2' }), annotation(OTHER)]);
    await db.transaction('rw', db.annotations, () =>
      Promise.all([
        db.annotations.clear(),
        db.annotations.put({ ...a1, type: 'person', entityId: 'e1' }),
      ]),
    );
    expect(await db.annotations.count()).toBe(1);
    expect(await db.articleTallies.toArray()).toEqual([
      { url: STORY, counts: { highlight: 0, person: 1, organization: 0, claim: 0 } },
    ]);
    await expectInStep(db);
  });

  it('an add that fails (the id is taken) changes no count, and the transaction still commits', async () => {
    const db = freshDb();
    const a = annotation(STORY);
    await db.annotations.add(a);
    await expect(
      db.transaction('rw', db.annotations, () =>
        db.annotations.bulkAdd([{ ...a, type: 'claim' }, annotation(OTHER)]),
      ),
    ).rejects.toThrow();
    await expectInStep(db);
  });

  it('leaves transactions that do not write annotations alone', async () => {
    const db = freshDb();
    await db.articles.put(article(STORY));
    expect(await db.articleTallies.count()).toBe(0);
  });
});
