// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { ExportData } from '../../../utils/interchange/export';
import { unreviewedClaims } from '../../../utils/interchange/export';
import {
  buildLibraryView,
  NO_FILTERS,
  type LibraryFilters,
} from '../../../utils/store/library-view';
import {
  annotationCounts,
  countUnverifiedClaims,
  readArticlePage,
  countClaims,
  readClaimRows,
  readEntityPage,
  readFilteredData,
  readMentions,
  readSites,
} from '../../../utils/store/library-queries';
import { annotation, article } from '../helpers/db';
import { updateAnnotation } from '../../../utils/store/repo';
import { BBC_1, BBC_2, BLOG, GUARDIAN, inUtc, library, storeLibrary } from '../helpers/library';

// One instance: the helpers number quotes as they make them.
const LIBRARY = library();

const stored = (data: ExportData = LIBRARY) => storeLibrary(data);

inUtc();

// buildLibraryView over every record is the reference: the indexed reads must show the same rows.
const reference = buildLibraryView(LIBRARY);

describe('readArticlePage', () => {
  it('shows the rows the full view shows, newest saved first, with counts by type', async () => {
    const db = await stored();
    expect(await readArticlePage(db, 50)).toEqual({ total: 4, rows: reference.articles });
  });

  it('reads only the first `limit` rows but counts them all', async () => {
    const page = await readArticlePage(await stored(), 2);
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.article.url)).toEqual([BBC_2, BBC_1]);
  });

  it('breaks ties in saved time the way the full view does', async () => {
    const same = '2024-05-18T10:00:00.000Z';
    const data: ExportData = {
      articles: ['https://a.example/1', 'https://a.example/3', 'https://a.example/2'].map((u) =>
        article(u, { savedAt: same }),
      ),
      annotations: [],
      entities: [],
    };
    const page = await readArticlePage(await stored(data), 3);
    expect(page.rows.map((r) => r.article.url)).toEqual(
      buildLibraryView(data).articles.map((r) => r.article.url),
    );
    expect(page.rows.map((r) => r.article.url)).toEqual([
      'https://a.example/3',
      'https://a.example/2',
      'https://a.example/1',
    ]);
  });

  it('counts an article without annotations as zero of each type', async () => {
    const counts = await annotationCounts(await stored(), [BLOG, GUARDIAN]);
    expect(counts.get(BLOG)).toEqual({ highlight: 0, person: 0, organization: 0, claim: 0 });
    expect(counts.get(GUARDIAN)).toEqual({ highlight: 1, person: 1, organization: 1, claim: 1 });
  });
});

describe('readEntityPage', () => {
  it('shows the rows the full view shows, leaving out mentions of deleted entities', async () => {
    const page = await readEntityPage(await stored(), 50);
    expect(page.rows).toEqual(reference.entities);
    expect(page.total).toBe(3);
    expect(page.choices.map((e) => e.id)).toEqual(['wang', 'li', 'un']);
  });

  it('ranks every entity and shows the first `limit` with their article counts', async () => {
    const page = await readEntityPage(await stored(), 1);
    expect(page.rows).toEqual([
      { entity: reference.entities[0].entity, mentionCount: 3, articleCount: 2 },
    ]);
    expect(page.total).toBe(3);
    expect(page.choices).toHaveLength(3);
  });
});

describe('readClaimRows and countClaims', () => {
  it('shows the claims the full view shows, newest first, with article and claimant', async () => {
    const db = await stored();
    expect(await readClaimRows(db, 50)).toEqual(reference.claims);
    expect(await countClaims(db)).toBe(2);
  });

  // Read backwards from the [type+createdAt] index: the same rows in the same order as the full
  // view, ties (same createdAt) broken by id as the index breaks them.
  const claims = (n: number, others: number): ExportData => ({
    articles: [article(GUARDIAN)],
    entities: [],
    annotations: [
      ...Array.from({ length: n }, (_, i) =>
        annotation(GUARDIAN, {
          id: `claim-${i % 3}-${i}`,
          type: 'claim',
          createdAt: `2024-05-18T10:0${i % 4}:00.000Z`,
          claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
        }),
      ),
      ...Array.from({ length: others }, (_, i) =>
        annotation(GUARDIAN, { id: `hl-${i}`, createdAt: `2024-05-18T10:0${i % 9}:30.000Z` }),
      ),
    ],
  });
  for (const [n, others, limit] of [
    [3, 40, 2],
    [12, 30, 5],
    [12, 2, 20],
  ] as const) {
    it(`${n} claims among ${n + others} annotations, first ${limit}`, async () => {
      const data = claims(n, others);
      const db = await stored(data);
      expect(await countClaims(db)).toBe(n);
      expect((await readClaimRows(db, limit)).map((r) => r.annotation.id)).toEqual(
        buildLibraryView(data)
          .claims.slice(0, limit)
          .map((r) => r.annotation.id),
      );
    });
  }
});

describe('readMentions', () => {
  it("lists an entity's mentions with their articles", async () => {
    const mentions = await readMentions(await stored(), 'wang', NO_FILTERS);
    expect(mentions.map((m) => [m.annotation.id, m.article?.url])).toEqual([
      ['b1-wang', BBC_1],
      ['b1-wang2', BBC_1],
      ['g-wang', GUARDIAN],
    ]);
  });

  it('keeps only the mentions inside the filters', async () => {
    const db = await stored();
    expect(
      (await readMentions(db, 'wang', { ...NO_FILTERS, site: 'The Guardian' })).map(
        (m) => m.annotation.id,
      ),
    ).toEqual(['g-wang']);
    expect(await readMentions(db, 'wang', { ...NO_FILTERS, type: 'organization' })).toEqual([]);
    expect(
      (await readMentions(db, 'wang', { ...NO_FILTERS, from: '2024-05-01', to: '2024-05-01' })).map(
        (m) => m.annotation.id,
      ),
    ).toEqual(['b1-wang', 'b1-wang2']);
  });
});

describe('readFilteredData', () => {
  const cases: Partial<LibraryFilters>[] = [
    { site: 'BBC News' },
    { site: 'blog.example' },
    { type: 'claim' },
    { type: 'person', site: 'The Guardian' },
    { from: '2024-05-01', to: '2024-05-31' },
    { query: 'wang' },
    { query: 'guardian', type: 'highlight' },
  ];
  for (const f of cases) {
    it(`reads what the view needs for ${JSON.stringify(f)}`, async () => {
      const filters = { ...NO_FILTERS, ...f };
      const data = await readFilteredData(await stored(), filters);
      expect(buildLibraryView(data, filters)).toEqual(buildLibraryView(LIBRARY, filters));
    });
  }

  it('reads only the annotations of the articles a site filter keeps', async () => {
    const data = await readFilteredData(await stored(), { ...NO_FILTERS, site: 'The Guardian' });
    expect(new Set(data.annotations.map((a) => a.articleUrl))).toEqual(new Set([GUARDIAN]));
    expect(data.articles).toHaveLength(4);
  });
});

describe('sites and unverified claims', () => {
  it('lists every site once, sorted', async () => {
    expect(await readSites(await stored())).toEqual(reference.sites);
  });

  it('counts the claims the ClaimReview export leaves out', async () => {
    expect(await countUnverifiedClaims(await stored())).toBe(unreviewedClaims(LIBRARY));
    expect(unreviewedClaims(LIBRARY)).toBe(1);
  });
});

describe('as a liveQuery', () => {
  /** Subscribes to `query`; `runs` counts how often it was read, `next()` waits for the next result. */
  function watch<T>(query: () => Promise<T>) {
    const w = { runs: 0, value: undefined as T | undefined, waiters: [] as ((v: T) => void)[] };
    const sub = liveQuery(() => (w.runs++, query())).subscribe((v) => {
      w.value = v;
      w.waiters.splice(0).forEach((f) => f(v));
    });
    const next = () => new Promise<T>((resolve) => w.waiters.push(resolve));
    return { w, next, stop: () => sub.unsubscribe() };
  }

  it('shows an edit to a shown row, and does not re-read for an edit to a row it did not read', async () => {
    const db = await stored();
    // The newest article only: BBC_2, with b2-hl and b2-ghost.
    const { w, next, stop } = watch(() => readArticlePage(db, 1));
    await next();
    expect(w.value!.rows[0].counts.claim).toBe(0);
    const runs = w.runs;

    // An annotation of an article not on the page: nothing this query read changed.
    await db.annotations.update('g-hl', { note: 'changed elsewhere' });
    await new Promise((r) => setTimeout(r, 100));
    expect(w.runs).toBe(runs);

    const shown = next();
    await db.annotations.update('b2-hl', { type: 'claim' });
    expect((await shown).rows[0].counts).toEqual({
      highlight: 0,
      person: 1,
      organization: 0,
      claim: 1,
    });
    expect(w.runs).toBe(runs + 1);
    stop();
  });

  it('shows a claim note changed elsewhere, and does not re-read for an edit to a highlight', async () => {
    const db = await stored();
    const { w, next, stop } = watch(() => readClaimRows(db, 1));
    expect((await next())[0].annotation.note).toBe('');
    const runs = w.runs;
    await db.annotations.update('g-hl', { note: 'not a claim' });
    await new Promise((r) => setTimeout(r, 100));
    expect(w.runs).toBe(runs);
    const changed = next();
    await db.annotations.update('b1-claim', { note: 'Checked with the statistics office' });
    expect((await changed)[0].annotation.note).toBe('Checked with the statistics office');
    stop();
  });

  // Through the background's own writer: it reads the record, then writes it back (replaceStored).
  it('re-reads neither the claim count nor the article counts for a note edited on a claim', async () => {
    const db = await stored();
    const count = watch(() => countClaims(db));
    const articles = watch(() => readArticlePage(db, 50));
    const rows = watch(() => readClaimRows(db, 50));
    await Promise.all([count.next(), articles.next(), rows.next()]);
    const before = [count.w.runs, articles.w.runs];
    const shown = rows.next();
    await updateAnnotation(db, 'b1-claim', { note: 'Checked with the statistics office' });
    expect((await shown).find((r) => r.annotation.id === 'b1-claim')!.annotation.note).toBe(
      'Checked with the statistics office',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect([count.w.runs, articles.w.runs]).toEqual(before);

    // A change of type does change what they counted.
    const recounted = count.next();
    await updateAnnotation(db, 'b1-claim', { type: 'highlight' });
    expect(await recounted).toBe(1);
    [count, articles, rows].forEach((q) => q.stop());
  });

  it('counts the claims again for a new claim, not for an edit to a highlight', async () => {
    const db = await stored();
    const { w, next, stop } = watch(() => countClaims(db));
    expect(await next()).toBe(2);
    const runs = w.runs;
    await db.annotations.update('g-hl', { note: 'not a claim' });
    await new Promise((r) => setTimeout(r, 100));
    expect(w.runs).toBe(runs);
    const changed = next();
    const claim = (await db.annotations.get('b1-claim'))!;
    await db.annotations.put({ ...claim, id: 'b1-claim-2', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(await changed).toBe(3);
    stop();
  });
});
