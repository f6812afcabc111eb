// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildLibraryView,
  NO_FILTERS,
  siteLabel,
  type LibraryFilters,
} from '../../../utils/store/library-view';
import type { ExportData } from '../../../utils/interchange/export';
import { article } from '../helpers/db';
import { BBC_1, BBC_2, BLOG, GUARDIAN, library } from '../helpers/library';
import { loadDataset } from '../interchange/export/fixtures';

// Dates are compared as the reader's calendar days: pin the zone, and move it where a test says so.
const readerTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = readerTz;
});

const view = (filters: Partial<LibraryFilters> = {}) =>
  buildLibraryView(library(), { ...NO_FILTERS, ...filters });
const urls = (v: ReturnType<typeof view>) => v.articles.map((r) => r.article.url);

describe('buildLibraryView: articles', () => {
  it('lists every article, newest saved first, with counts by type', () => {
    const v = view();
    expect(urls(v)).toEqual([BBC_2, BBC_1, GUARDIAN, BLOG]);
    const counts = Object.fromEntries(v.articles.map((r) => [r.article.url, r.counts]));
    expect(counts[GUARDIAN]).toEqual({ highlight: 1, person: 1, organization: 1, claim: 1 });
    expect(counts[BBC_1]).toEqual({ highlight: 0, person: 3, organization: 0, claim: 1 });
    expect(counts[BBC_2]).toEqual({ highlight: 1, person: 1, organization: 0, claim: 0 });
    expect(counts[BLOG]).toEqual({ highlight: 0, person: 0, organization: 0, claim: 0 });
  });

  it('names sites by siteName, else host, sorted', () => {
    expect(view().sites).toEqual(['BBC News', 'blog.example', 'The Guardian']);
    expect(siteLabel(article('https://www.example.org/x'))).toBe('www.example.org');
  });

  it('filters by type: counts only that type, and drops articles without it', () => {
    const v = view({ type: 'claim' });
    expect(urls(v)).toEqual([BBC_1, GUARDIAN]);
    expect(v.articles[1].counts).toEqual({ highlight: 0, person: 0, organization: 0, claim: 1 });
    expect(v.claims.map((c) => c.annotation.id)).toEqual(['b1-claim', 'g-claim']);
    expect(v.entities).toEqual([]);
  });

  it('filters by site', () => {
    const v = view({ site: 'BBC News' });
    expect(urls(v)).toEqual([BBC_2, BBC_1]);
    expect(v.claims.map((c) => c.annotation.id)).toEqual(['b1-claim']);
    expect(view({ site: 'blog.example' }).articles.map((r) => r.article.url)).toEqual([BLOG]);
    // The site list does not shrink with the filter: it is what the reader chooses from.
    expect(v.sites).toHaveLength(3);
  });

  it('filters by an inclusive date range on the published date, or the saved date', () => {
    expect(urls(view({ from: '2024-05-17', to: '2024-05-17' }))).toEqual([GUARDIAN]);
    expect(urls(view({ from: '2024-05-01', to: '2024-05-31' }))).toEqual([BBC_1, GUARDIAN]);
    // BBC_2's published date is unreadable: its saved date counts.
    expect(urls(view({ from: '2024-06-01' }))).toEqual([BBC_2]);
    expect(urls(view({ to: '2024-04-30' }))).toEqual([BLOG]);
  });
});

describe('buildLibraryView: the day is the day the reader sees', () => {
  // Published at 01:00 in Beijing on 17 May is 16 May in UTC; the table shows it on 17 May there.
  const data: ExportData = {
    articles: [
      article('https://www.workercn.cn/a', { publishedTime: '2024-05-17T01:00:00+08:00' }),
    ],
    annotations: [],
    entities: [],
  };
  const shown = (from: string) =>
    buildLibraryView(data, { ...NO_FILTERS, from, to: from }).articles.length;

  it('in Beijing', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(new Date('2024-05-17T01:00:00+08:00').getDate()).toBe(17);
    expect(shown('2024-05-17')).toBe(1);
    expect(shown('2024-05-16')).toBe(0);
  });

  it('in New York', () => {
    process.env.TZ = 'America/New_York';
    expect(shown('2024-05-16')).toBe(1);
    expect(shown('2024-05-17')).toBe(0);
  });
});

describe('buildLibraryView: entities and claims', () => {
  it('lists each mentioned entity with its mention and article counts, most mentioned first', () => {
    const v = view();
    expect(v.entities.map((r) => [r.entity.id, r.mentionCount, r.articleCount])).toEqual([
      ['wang', 3, 2],
      ['li', 1, 1],
      ['un', 1, 1],
    ]);
  });

  it('counts only mentions inside the filters', () => {
    const v = view({ site: 'The Guardian' });
    expect(v.entities.map((r) => [r.entity.id, r.mentionCount, r.articleCount])).toEqual([
      ['un', 1, 1],
      ['wang', 1, 1],
    ]);
  });

  it('lists claims newest first with their article and claimant', () => {
    const v = view();
    expect(v.claims.map((c) => [c.annotation.id, c.article?.url, c.claimant?.name])).toEqual([
      ['b1-claim', BBC_1, undefined],
      ['g-claim', GUARDIAN, 'Wang Jun'],
    ]);
  });
});

describe('buildLibraryView: search', () => {
  const ids = (query: string, filters: Partial<LibraryFilters> = {}) =>
    view({ query, ...filters })
      .matches.map((m) => m.annotation.id)
      .sort();

  it('finds nothing without a query', () => {
    expect(view().matches).toEqual([]);
    expect(view({ query: '   ' }).matches).toEqual([]);
  });

  it('searches quotes, notes, entity names and tags, ignoring case', () => {
    expect(ids('POLLING')).toEqual(['g-hl']);
    expect(ids('guardian')).toEqual(['b2-hl']);
    // Wang Jun is named by three mentions and is the claimant of the Guardian's claim.
    expect(ids('wang jun')).toEqual(['b1-wang', 'b1-wang2', 'g-claim', 'g-wang']);
    expect(ids('context')).toEqual(['g-hl']);
    expect(ids('  numbers ')).toEqual(['g-claim']);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('returns each match with its article and entity, newest first, within the filters', () => {
    const v = view({ query: 'wang', site: 'BBC News' });
    expect(v.matches.map((m) => [m.annotation.id, m.article?.url, m.entity?.id])).toEqual([
      ['b1-wang2', BBC_1, 'wang'],
      ['b1-wang', BBC_1, 'wang'],
    ]);
    expect(ids('wang', { type: 'claim' })).toEqual(['g-claim']);
    expect(ids('wang', { type: 'highlight' })).toEqual([]);
  });

  it('finds a claim by its verdict note alone', () => {
    const data = library();
    data.annotations.find((a) => a.id === 'b1-claim')!.claim!.note =
      'The MIIT list names 11 Baoji firms, not 18';
    const v = buildLibraryView(data, { ...NO_FILTERS, query: 'miit' });
    expect(v.matches.map((m) => m.annotation.id)).toEqual(['b1-claim']);
    expect(v.claims.map((c) => c.annotation.id)).toEqual(['b1-claim']);
    expect(v.articles.map((r) => r.article.url)).toEqual([BBC_1]);
  });

  it('needs every word, each in any field: quote and claimant, note and tag', () => {
    expect(ids('turnout wang')).toEqual(['g-claim']);
    expect(ids('too numbers')).toEqual(['g-claim']);
    expect(ids('turnout economy')).toEqual([]);
  });

  it('finds articles by title, byline or site, with none of their annotations', () => {
    const data = library();
    data.articles.find((a) => a.url === BLOG)!.title = 'Why the whale came back';
    data.articles.find((a) => a.url === BBC_2)!.byline = 'Jonah Whaler';
    const v = buildLibraryView(data, { ...NO_FILTERS, query: 'WHALE' });
    expect(v.articles.map((r) => r.article.url)).toEqual([BBC_2, BLOG]);
    expect(v.matches).toEqual([]);
    expect(v.claims).toEqual([]);
    expect(v.entities).toEqual([]);
  });

  it('filters every section, rather than listing results above the whole library', () => {
    const v = view({ query: 'wei' });
    // Only Li Wei's mention matches: its article, and no claim.
    expect(v.entities.map((r) => r.entity.id)).toEqual(['li']);
    expect(v.articles.map((r) => r.article.url)).toEqual([BBC_1]);
    expect(v.claims).toEqual([]);
    // An entity found by name keeps its mention count within the other filters.
    expect(v.entities[0]).toMatchObject({ mentionCount: 1, articleCount: 1 });
  });

  it('returns the claimant with each match', () => {
    const [match] = view({ query: 'turnout' }).matches;
    expect(match.claimant?.id).toBe('wang');
    expect(match.entity).toBeUndefined();
  });
});

describe('buildLibraryView: tags', () => {
  it('keeps only annotations with the tag, and the articles and claims that hold them', () => {
    const v = view({ tag: 'numbers' });
    expect(v.articles.map((r) => r.article.url)).toEqual([GUARDIAN]);
    expect(v.articles[0].counts).toEqual({ highlight: 0, person: 0, organization: 0, claim: 1 });
    expect(v.claims.map((c) => c.annotation.id)).toEqual(['g-claim']);
    expect(v.entities).toEqual([]);
    expect(view({ tag: 'nothing' }).articles).toEqual([]);
  });

  it('is exact about case: a tag is what the reader typed', () => {
    expect(view({ tag: 'context' }).articles).toEqual([]);
    expect(view({ tag: 'Context' }).articles.map((r) => r.article.url)).toEqual([GUARDIAN]);
  });
});

describe('buildLibraryView on the realistic dataset', () => {
  it('shows the one article with each kind, its entities and the claim by Duan Xiaolong', () => {
    const v = buildLibraryView(loadDataset());
    expect(v.articles).toHaveLength(1);
    expect(v.articles[0].counts).toEqual({ highlight: 2, person: 1, organization: 1, claim: 1 });
    expect(v.sites).toEqual(['China Industrial Network']);
    expect(v.entities.map((r) => r.entity.name).sort()).toEqual([
      'Shaanxi Federation of Trade Unions',
      'Wang Jun',
    ]);
    expect(v.claims.map((c) => c.claimant?.name)).toEqual(['Duan Xiaolong']);
    expect(
      buildLibraryView(loadDataset(), { ...NO_FILTERS, query: 'review' }).matches.map(
        (m) => m.annotation.tags,
      ),
    ).toEqual([['@review']]);
  });
});
