// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ARTICLES_BY_SAVED,
  CLAIMS_BY_ADDED,
  nextSort,
  sortArticles,
  sortClaims,
} from '../../../utils/library/sort';
import { buildLibraryView } from '../../../utils/store/library-view';
import { BBC_1, BBC_2, BLOG, GUARDIAN, library } from '../helpers/library';

const data = library();
data.annotations.push({
  ...data.annotations.find((a) => a.id === 'b1-claim')!,
  id: 'b2-claim',
  articleUrl: BBC_2,
  quote: 'All is calm',
  createdAt: '2024-06-02T12:03:00.000Z',
  claim: { status: 'false', evidenceUrl: '', note: '', claimantId: 'li' },
});
const view = buildLibraryView(data);
const urls = (rows: typeof view.articles) => rows.map((r) => r.article.url);
const ids = (rows: typeof view.claims) => rows.map((r) => r.annotation.id);

describe('nextSort', () => {
  it('starts text at A and numbers and dates at the most, and turns around on a second click', () => {
    expect(nextSort(ARTICLES_BY_SAVED, 'title')).toEqual({ key: 'title', direction: 'ascending' });
    expect(nextSort(ARTICLES_BY_SAVED, 'claim')).toEqual({ key: 'claim', direction: 'descending' });
    expect(nextSort(ARTICLES_BY_SAVED, 'saved')).toEqual({ key: 'saved', direction: 'ascending' });
    expect(nextSort({ key: 'status', direction: 'ascending' }, 'status')).toEqual({
      key: 'status',
      direction: 'descending',
    });
  });
});

describe('sortArticles', () => {
  it('keeps the default order the index reads, most recently saved first', () => {
    expect(urls(sortArticles(view.articles, ARTICLES_BY_SAVED))).toEqual(urls(view.articles));
    expect(urls(sortArticles(view.articles, { key: 'saved', direction: 'ascending' }))).toEqual(
      urls(view.articles).reverse(),
    );
  });

  it('sorts by site, published date (unreadable dates last either way) and a count', () => {
    expect(urls(sortArticles(view.articles, { key: 'site', direction: 'ascending' }))).toEqual([
      BBC_2,
      BBC_1,
      BLOG,
      GUARDIAN,
    ]);
    expect(
      urls(sortArticles(view.articles, { key: 'published', direction: 'descending' })),
    ).toEqual([GUARDIAN, BBC_1, BBC_2, BLOG]);
    expect(urls(sortArticles(view.articles, { key: 'published', direction: 'ascending' }))).toEqual(
      [BBC_1, GUARDIAN, BBC_2, BLOG],
    );
    expect(
      urls(sortArticles(view.articles, { key: 'person', direction: 'descending' })).slice(0, 2),
    ).toEqual([BBC_1, BBC_2]);
  });
});

describe('sortClaims', () => {
  it('sorts by status in the order of the verdicts, ties newest first', () => {
    expect(ids(sortClaims(view.claims, { key: 'status', direction: 'ascending' }))).toEqual([
      'b1-claim',
      'g-claim',
      'b2-claim',
    ]);
    expect(ids(sortClaims(view.claims, { key: 'status', direction: 'descending' }))).toEqual([
      'b2-claim',
      'g-claim',
      'b1-claim',
    ]);
  });

  it('sorts by claimant with unattributed claims last, by quote and by source', () => {
    expect(ids(sortClaims(view.claims, { key: 'claimant', direction: 'ascending' }))).toEqual([
      'b2-claim',
      'g-claim',
      'b1-claim',
    ]);
    expect(ids(sortClaims(view.claims, { key: 'claimant', direction: 'descending' }))).toEqual([
      'g-claim',
      'b2-claim',
      'b1-claim',
    ]);
    expect(ids(sortClaims(view.claims, { key: 'quote', direction: 'ascending' }))).toEqual([
      'b2-claim',
      'b1-claim',
      'g-claim',
    ]);
    expect(ids(sortClaims(view.claims, CLAIMS_BY_ADDED))).toEqual(ids(view.claims));
  });
});
