// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ExportData } from '../../../utils/interchange/export';
import { buildLibraryView } from '../../../utils/store/library-view';
import { readAllClaimRows, readSortedArticlePage } from '../../../utils/store/library-sorted';
import { sortArticles, type ArticleSortKey, type Sort } from '../../../utils/library/sort';
import { inUtc, library, storeLibrary } from '../helpers/library';

const LIBRARY = library();

const stored = (data: ExportData = LIBRARY) => storeLibrary(data);

inUtc();

const reference = buildLibraryView(LIBRARY);

describe('readSortedArticlePage', () => {
  const sorts: Sort<ArticleSortKey>[] = [
    { key: 'title', direction: 'ascending' },
    { key: 'site', direction: 'descending' },
    { key: 'published', direction: 'descending' },
    { key: 'person', direction: 'descending' },
    { key: 'claim', direction: 'ascending' },
  ];
  it.each(sorts)(
    'shows the rows the full view sorts by $key, $direction, with their counts',
    async (sort) => {
      const db = await stored();
      expect(await readSortedArticlePage(db, sort, 50)).toEqual({
        total: 4,
        rows: sortArticles(reference.articles, sort),
      });
    },
  );

  it('reads only the first rows, counted, whatever the order', async () => {
    const db = await stored();
    const sort: Sort<ArticleSortKey> = { key: 'person', direction: 'descending' };
    const page = await readSortedArticlePage(db, sort, 2);
    expect(page.total).toBe(4);
    expect(page.rows).toEqual(sortArticles(reference.articles, sort).slice(0, 2));
  });
});

describe('readAllClaimRows', () => {
  it('reads every claim with its article and claimant, newest first, as the full view does', async () => {
    expect(await readAllClaimRows(await stored())).toEqual(reference.claims);
  });
});
