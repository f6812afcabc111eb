// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { at, articleInput, draft, freshDb, snapshot, T0 } from '../helpers/db';
import { bareArticle } from '../../../utils/model/placeholder-article';
import {
  annotationsForUrls,
  createAnnotation,
  deleteAnnotation,
  ensureEntity,
  findArticle,
  restoreAnnotation,
  saveArticle,
  setSuggestionDismissed,
  updateAnnotation,
} from '../../../utils/store/repo';

const URL_A = 'https://news.example/2024/05/story';
const CANON_A = 'https://news.example/story';
const URL_B = 'https://other.example/report';

describe('saveArticle', () => {
  it('stores a new article with savedAt = updatedAt = now', async () => {
    const db = freshDb();
    const saved = await saveArticle(db, articleInput(URL_A, { title: 'First' }), T0);
    expect(saved.savedAt).toBe(T0.toISOString());
    expect(saved.updatedAt).toBe(T0.toISOString());
    expect(await db.articles.get(URL_A)).toEqual(saved);
  });

  it('keeps when the article was first saved on update, and takes the new fields', async () => {
    const db = freshDb();
    await saveArticle(db, articleInput(URL_A, { title: 'First' }), T0);
    const again = await saveArticle(
      db,
      articleInput(URL_A, { title: 'Corrected headline', length: 99 }),
      at(60),
    );
    expect(again.savedAt).toBe(T0.toISOString());
    expect(again.updatedAt).toBe(at(60).toISOString());
    const stored = await db.articles.get(URL_A);
    expect(stored?.title).toBe('Corrected headline');
    expect(stored?.length).toBe(99);
    expect(stored?.savedAt).toBe(T0.toISOString());
    expect(await db.articles.count()).toBe(1);
  });
});

describe('setSuggestionDismissed', () => {
  it('saves the article if needed, and adds and removes keys without duplicates', async () => {
    const db = freshDb();
    const first = await setSuggestionDismissed(
      db,
      articleInput(URL_A),
      'person:wang jun',
      true,
      T0,
    );
    expect(first).toMatchObject({
      url: URL_A,
      dismissedSuggestions: ['person:wang jun'],
      savedAt: T0.toISOString(),
    });
    await setSuggestionDismissed(db, articleInput(URL_A), 'claim:abc', true, at(1));
    await setSuggestionDismissed(db, articleInput(URL_A), 'person:wang jun', true, at(2));
    expect((await db.articles.get(URL_A))?.dismissedSuggestions).toEqual([
      'person:wang jun',
      'claim:abc',
    ]);
    const last = await setSuggestionDismissed(
      db,
      articleInput(URL_A),
      'person:wang jun',
      false,
      at(3),
    );
    expect(last).toMatchObject({
      dismissedSuggestions: ['claim:abc'],
      savedAt: T0.toISOString(),
      updatedAt: at(3).toISOString(),
    });
  });

  it('saving the article again keeps the dismissals', async () => {
    const db = freshDb();
    await setSuggestionDismissed(db, articleInput(URL_A), 'k', true, T0);
    await saveArticle(db, articleInput(URL_A, { title: 'Updated' }), at(1));
    expect((await db.articles.get(URL_A))?.dismissedSuggestions).toEqual(['k']);
  });
});

describe('findArticle', () => {
  it('finds by the page URL', async () => {
    const db = freshDb();
    await saveArticle(db, articleInput(URL_A, { canonicalUrl: CANON_A }), T0);
    await saveArticle(db, articleInput(URL_B), T0);
    expect((await findArticle(db, [URL_B]))?.url).toBe(URL_B);
    expect((await findArticle(db, ['https://nowhere.example/', URL_A]))?.url).toBe(URL_A);
  });

  it('finds by the canonical alias when the page URL itself was never saved', async () => {
    const db = freshDb();
    await saveArticle(db, articleInput(URL_A, { canonicalUrl: CANON_A }), T0);
    const found = await findArticle(db, ['https://news.example/story?page=amp', CANON_A]);
    expect(found?.url).toBe(URL_A);
  });

  it('prefers an article stored under the URL over one that only names it as canonical', async () => {
    const db = freshDb();
    await saveArticle(db, articleInput(URL_A, { canonicalUrl: CANON_A }), T0);
    await saveArticle(db, articleInput(CANON_A, { title: 'The canonical page' }), T0);
    expect((await findArticle(db, [CANON_A]))?.title).toBe('The canonical page');
  });

  it("prefers the URLs in the order given (the page's own first), whatever their key order", async () => {
    const db = freshDb();
    const page = 'https://news.example/z-story-page';
    const canon = 'https://news.example/a-story';
    await saveArticle(db, articleInput(page, { canonicalUrl: canon }), T0);
    await saveArticle(db, articleInput(canon), T0);
    expect((await findArticle(db, [page, canon]))?.url).toBe(page);
    expect((await findArticle(db, [canon, page]))?.url).toBe(canon);
  });

  it('returns undefined for no URLs, empty URLs and unknown URLs', async () => {
    const db = freshDb();
    await saveArticle(db, articleInput(URL_A), T0);
    expect(await findArticle(db, [])).toBeUndefined();
    expect(await findArticle(db, [''])).toBeUndefined();
    expect(await findArticle(db, ['https://news.example/unknown'])).toBeUndefined();
  });
});

describe('annotationsForUrls', () => {
  it('returns the annotations of the page and of articles whose canonical URL is the page', async () => {
    const db = freshDb();
    // The AMP copy was annotated under its own URL but declares CANON_A as canonical.
    const amp = 'https://news.example/amp/story';
    await createAnnotation(
      db,
      draft(amp, { id: 'amp-1' }),
      { article: articleInput(amp, { canonicalUrl: CANON_A }) },
      T0,
    );
    await createAnnotation(db, draft(CANON_A, { id: 'canon-1' }), {}, T0);
    await createAnnotation(db, draft(URL_B, { id: 'other-1' }), {}, T0);

    const ids = async (urls: string[]) =>
      (await annotationsForUrls(db, urls)).map((a) => a.id).sort();
    expect(await ids([CANON_A])).toEqual(['amp-1', 'canon-1']);
    expect(await ids([amp])).toEqual(['amp-1']);
    expect(await ids([URL_B])).toEqual(['other-1']);
    expect(await ids(['', 'https://news.example/unrelated'])).toEqual([]);
    expect(await annotationsForUrls(db, [])).toEqual([]);
  });
});

describe('ensureEntity', () => {
  it('creates an entity on first mention and finds it again by normalized name, keeping the variant as an alias', async () => {
    const db = freshDb();
    const first = await ensureEntity(db, 'organization', "  Worker's Daily ", T0);
    expect(first).toMatchObject({
      type: 'organization',
      name: "Worker's Daily",
      normalizedName: 'worker daily',
      aliases: [],
    });
    const second = await ensureEntity(db, 'organization', 'Worker Daily', at(5));
    expect(second.id).toBe(first.id);
    expect(second.aliases).toEqual(['Worker Daily']);
    expect(second.updatedAt).toBe(at(5).toISOString());
    // The same variant again adds nothing.
    await ensureEntity(db, 'organization', 'Worker Daily', at(10));
    expect(await db.entities.toArray()).toEqual([
      { ...first, aliases: ['Worker Daily'], updatedAt: at(5).toISOString() },
    ]);
  });

  it('keeps people and organizations with the same name apart', async () => {
    const db = freshDb();
    const person = await ensureEntity(db, 'person', 'Jordan', T0);
    const org = await ensureEntity(db, 'organization', 'Jordan', T0);
    expect(person.id).not.toBe(org.id);
    expect(await db.entities.count()).toBe(2);
  });
});

describe('createAnnotation', () => {
  it('saves the article with the first annotation, and leaves it alone on the next', async () => {
    const db = freshDb();
    const input = articleInput(URL_A, { title: 'Budget vote', canonicalUrl: CANON_A });
    const { annotation, entity } = await createAnnotation(
      db,
      draft(URL_A, { id: 'h1' }),
      { article: input },
      T0,
    );
    expect(entity).toBeNull();
    expect(annotation).toMatchObject({
      id: 'h1',
      type: 'highlight',
      entityId: null,
      claim: null,
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
    expect(await db.annotations.get('h1')).toEqual(annotation);
    expect(await db.articles.get(URL_A)).toEqual({
      ...input,
      dismissedSuggestions: [],
      savedAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });

    await createAnnotation(
      db,
      draft(URL_A, { id: 'h2' }),
      { article: { ...input, title: 'Changed' } },
      at(30),
    );
    const stored = await db.articles.get(URL_A);
    expect(stored?.title).toBe('Budget vote');
    expect(stored?.updatedAt).toBe(T0.toISOString());
  });

  it('creates a bare article named after the URL when none was extracted', async () => {
    const db = freshDb();
    await createAnnotation(db, draft(URL_B), {}, T0);
    expect(await db.articles.get(URL_B)).toEqual({
      ...bareArticle(URL_B),
      dismissedSuggestions: [],
      savedAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
  });

  it('keeps a createdAt the page side chose', async () => {
    const db = freshDb();
    const { annotation } = await createAnnotation(
      db,
      draft(URL_A, { createdAt: '2024-01-01T00:00:00.000Z' }),
      {},
      T0,
    );
    expect(annotation.createdAt).toBe('2024-01-01T00:00:00.000Z');
    expect(annotation.updatedAt).toBe(T0.toISOString());
  });

  it('links person and organization mentions to one entity per normalized name', async () => {
    const db = freshDb();
    const one = await createAnnotation(
      db,
      draft(URL_A, { type: 'organization', quote: "Worker's Daily" }),
      {},
      T0,
    );
    const two = await createAnnotation(
      db,
      draft(URL_B, { type: 'organization', quote: 'Worker Daily' }),
      {},
      at(1),
    );
    expect(one.entity?.name).toBe("Worker's Daily");
    expect(two.entity?.id).toBe(one.entity?.id);
    expect(two.annotation.entityId).toBe(one.entity?.id);
    const stored = await db.entities.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: "Worker's Daily",
      normalizedName: 'worker daily',
      aliases: ['Worker Daily'],
    });
  });

  it('names the entity by entityName over the quote', async () => {
    const db = freshDb();
    const { annotation, entity } = await createAnnotation(
      db,
      draft(URL_A, { type: 'person', quote: 'the minister' }),
      { entityName: 'Li Qiang' },
      T0,
    );
    expect(entity?.name).toBe('Li Qiang');
    expect(annotation.entityId).toBe(entity?.id);
    expect(annotation.quote).toBe('the minister');
  });

  it('gives a claim the default claim info and no entity', async () => {
    const db = freshDb();
    const { annotation, entity } = await createAnnotation(
      db,
      draft(URL_A, { type: 'claim' }),
      { entityName: 'ignored' },
      T0,
    );
    expect(entity).toBeNull();
    expect(annotation.entityId).toBeNull();
    expect(annotation.claim).toEqual({
      status: 'unverified',
      evidenceUrl: '',
      note: '',
      claimantId: null,
    });
    expect(await db.entities.count()).toBe(0);
  });

  it('writes nothing when the annotation id already exists', async () => {
    const db = freshDb();
    await createAnnotation(db, draft(URL_A, { id: 'dup' }), {}, T0);
    const before = await snapshot(db);
    const error = await createAnnotation(
      db,
      draft(URL_B, { id: 'dup', type: 'person', quote: 'New Person' }),
      {},
      at(1),
    ).catch((e: Error) => e);
    expect((error as Error).name).toBe('ConstraintError');
    // Neither URL_B's article nor the entity survived the failed transaction.
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('updateAnnotation', () => {
  async function seed(type: 'highlight' | 'person' | 'organization' | 'claim', quote = 'Wang Jun') {
    const db = freshDb();
    const { annotation } = await createAnnotation(db, draft(URL_A, { type, quote }), {}, T0);
    return { db, id: annotation.id, created: annotation };
  }

  it('changes the note and stamps updatedAt, leaving the rest', async () => {
    const { db, id, created } = await seed('highlight');
    const next = await updateAnnotation(db, id, { note: 'Check the source.' }, at(10));
    expect(next).toEqual({
      ...created,
      note: 'Check the source.',
      updatedAt: at(10).toISOString(),
    });
    expect(await db.annotations.get(id)).toEqual(next);
  });

  it('trims tags, drops empty ones and duplicates, keeping first-seen order', async () => {
    const { db, id } = await seed('highlight');
    const next = await updateAnnotation(
      db,
      id,
      { tags: [' economy', 'check', '', 'economy ', '  ', 'check'] },
      at(1),
    );
    expect(next.tags).toEqual(['economy', 'check']);
    expect((await db.annotations.get(id))?.tags).toEqual(['economy', 'check']);
  });

  it('sets and clears the color', async () => {
    const { db, id } = await seed('highlight');
    expect((await updateAnnotation(db, id, { color: '#ff0' }, at(1))).color).toBe('#ff0');
    expect((await updateAnnotation(db, id, { color: null }, at(2))).color).toBeNull();
  });

  it('person → claim clears the entity link and gives a default claim', async () => {
    const { db, id, created } = await seed('person');
    expect(created.entityId).not.toBeNull();
    const next = await updateAnnotation(db, id, { type: 'claim' }, at(1));
    expect(next.type).toBe('claim');
    expect(next.entityId).toBeNull();
    expect(next.claim).toEqual({
      status: 'unverified',
      evidenceUrl: '',
      note: '',
      claimantId: null,
    });
  });

  it('claim → person drops the claim and links an entity named by the quote', async () => {
    const { db, id } = await seed('claim', 'Duan Xiaolong');
    const next = await updateAnnotation(db, id, { type: 'person' }, at(1));
    expect(next.claim).toBeNull();
    const entity = await db.entities.get(next.entityId!);
    expect(entity).toMatchObject({ type: 'person', name: 'Duan Xiaolong' });
  });

  it('claim → organization links an existing entity of that name', async () => {
    const db = freshDb();
    const org = (
      await createAnnotation(
        db,
        draft(URL_A, { type: 'organization', quote: "Worker's Daily" }),
        {},
        T0,
      )
    ).entity!;
    const claim = (
      await createAnnotation(db, draft(URL_A, { type: 'claim', quote: 'the paper said' }), {}, T0)
    ).annotation;
    const next = await updateAnnotation(
      db,
      claim.id,
      { type: 'organization', entityName: 'Worker Daily' },
      at(1),
    );
    expect(next.entityId).toBe(org.id);
    expect(await db.entities.count()).toBe(1);
  });

  it('person → organization moves the mention to an organization of the same name', async () => {
    const { db, id, created } = await seed('person', 'Jordan');
    const next = await updateAnnotation(db, id, { type: 'organization' }, at(1));
    expect(next.entityId).not.toBe(created.entityId);
    expect(await db.entities.get(next.entityId!)).toMatchObject({
      type: 'organization',
      name: 'Jordan',
    });
  });

  it('entityName renames the mention: it relinks to the entity of the new name', async () => {
    const { db, id, created } = await seed('person', 'Wang');
    const next = await updateAnnotation(db, id, { entityName: '  Wang Jun ' }, at(1));
    expect(next.entityId).not.toBe(created.entityId);
    expect(await db.entities.get(next.entityId!)).toMatchObject({
      name: 'Wang Jun',
      normalizedName: 'wang jun',
    });
    // The old entity is left as it was (other mentions may use it).
    expect((await db.entities.get(created.entityId!))?.name).toBe('Wang');
  });

  it('keeps the link when nothing about the entity changes', async () => {
    const { db, id, created } = await seed('person');
    const next = await updateAnnotation(db, id, { note: 'n' }, at(1));
    expect(next.entityId).toBe(created.entityId);
    expect(await db.entities.count()).toBe(1);
  });

  it('merges a claim patch into the stored claim', async () => {
    const { db, id } = await seed('claim', '350,000 workers');
    await updateAnnotation(
      db,
      id,
      { claim: { status: 'disputed', evidenceUrl: 'https://stats.example/2023' } },
      at(1),
    );
    const next = await updateAnnotation(
      db,
      id,
      { claim: { note: 'Yearbook says 290,000.' } },
      at(2),
    );
    expect(next.claim).toEqual({
      status: 'disputed',
      evidenceUrl: 'https://stats.example/2023',
      note: 'Yearbook says 290,000.',
      claimantId: null,
    });
  });

  it('ignores a claim patch on a non-claim', async () => {
    const { db, id } = await seed('highlight');
    expect(
      (await updateAnnotation(db, id, { claim: { status: 'false' } }, at(1))).claim,
    ).toBeNull();
  });

  it('rejects an unknown id', async () => {
    const db = freshDb();
    await expect(updateAnnotation(db, 'missing', { note: 'x' }, T0)).rejects.toThrow(
      'This annotation no longer exists.',
    );
  });
});

describe('deleteAnnotation / restoreAnnotation', () => {
  it('round-trips an annotation exactly', async () => {
    const db = freshDb();
    const { annotation } = await createAnnotation(
      db,
      draft(URL_A, { type: 'claim', tags: ['a', 'b'], note: 'n' }),
      {},
      T0,
    );
    const claimed = await updateAnnotation(
      db,
      annotation.id,
      { claim: { status: 'misleading', claimantId: 'someone' } },
      at(3),
    );
    const before = await snapshot(db);

    const deleted = await deleteAnnotation(db, annotation.id);
    expect(deleted).toEqual(claimed);
    expect(await db.annotations.get(annotation.id)).toBeUndefined();
    // The article stays: undo must find it.
    expect(await db.articles.get(URL_A)).toBeDefined();

    expect(await restoreAnnotation(db, deleted!)).toEqual(claimed);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deleting an unknown id returns undefined and changes nothing', async () => {
    const db = freshDb();
    await createAnnotation(db, draft(URL_A), {}, T0);
    const before = await snapshot(db);
    expect(await deleteAnnotation(db, 'missing')).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });
});
