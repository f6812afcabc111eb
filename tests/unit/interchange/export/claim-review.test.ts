import { describe, expect, it } from 'vitest';
import {
  buildClaimReview,
  stringifyExport,
  unreviewedClaims,
} from '../../../../utils/interchange/export';
import { buildExportFile, claimReviewNotice } from '../../../../utils/interchange/export-files';
import type { ClaimInfo } from '../../../../utils/model';
import { NO_SETTINGS } from '../../../../utils/settings';
import { clone, EXPORTED_AT, loadDataset, readFixture } from './fixtures';

const claimOf = (d: ReturnType<typeof loadDataset>) =>
  d.annotations.find((a) => a.type === 'claim')!.claim as ClaimInfo;

describe('buildClaimReview', () => {
  const data = loadDataset();

  it('matches the expected file for the seed dataset', () => {
    expect(stringifyExport(buildClaimReview(data))).toBe(
      readFixture('expected-claim-review.jsonld'),
    );
  });

  it('reviews each claim: quote, the Claim with its author, appearance and publication date, a numeric rating, evidence as citation', () => {
    const out = buildClaimReview(data);
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@graph']).toHaveLength(1);
    const [review] = out['@graph'];
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'more than 350000 high-quality industrial workers',
      citation: 'https://www.baoji.gov.cn/example/statistical-yearbook-2023.html',
      itemReviewed: {
        '@type': 'Claim',
        datePublished: '2024-05-17T15:58:00+08:00',
        appearance: {
          url: 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm',
        },
        author: { '@type': 'Person', name: 'Duan Xiaolong' },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Disputed',
      },
    });
    // The evidence is not the review's own page, and the export time is not a publication date.
    expect(review).not.toHaveProperty('url');
    expect(review).not.toHaveProperty('datePublished');
  });

  it('puts the published review URL in url and the reviewer from the settings in author', () => {
    const d = clone(data);
    claimOf(d).reviewUrl = 'https://factcheck.example/2024/350000-workers';
    const [both] = buildClaimReview(d, {
      reviewerName: 'Mei Lin',
      reviewerOrganization: 'Valley Fact Desk',
    })['@graph'];
    expect(both.url).toBe('https://factcheck.example/2024/350000-workers');
    expect(both.author).toEqual({
      '@type': 'Person',
      name: 'Mei Lin',
      worksFor: { '@type': 'Organization', name: 'Valley Fact Desk' },
    });
    expect(
      buildClaimReview(d, { reviewerOrganization: ' Valley Fact Desk ' })['@graph'][0].author,
    ).toEqual({ '@type': 'Organization', name: 'Valley Fact Desk' });
    expect(buildClaimReview(d, { reviewerName: 'Mei Lin' })['@graph'][0].author).toEqual({
      '@type': 'Person',
      name: 'Mei Lin',
    });
    expect(buildClaimReview(d)['@graph'][0]).not.toHaveProperty('author');
  });

  it('rates on one scale: false < misleading < disputed < supported, each with a readable name', () => {
    const rate = (status: ClaimInfo['status']) => {
      const d = clone(data);
      claimOf(d).status = status;
      return buildClaimReview(d)['@graph'][0].reviewRating as {
        ratingValue: number;
        alternateName: string;
      };
    };
    const ratings = (['false', 'misleading', 'disputed', 'supported'] as const).map(rate);
    expect(ratings.map((r) => r.alternateName)).toEqual([
      'False',
      'Misleading',
      'Disputed',
      'Supported',
    ]);
    for (let i = 1; i < ratings.length; i++)
      expect(ratings[i].ratingValue).toBeGreaterThan(ratings[i - 1].ratingValue);
  });

  it('leaves unverified claims out and counts them', () => {
    const d = clone(data);
    claimOf(d).status = 'unverified';
    expect(buildClaimReview(d)['@graph']).toEqual([]);
    expect(unreviewedClaims(d)).toBe(1);
    expect(unreviewedClaims(data)).toBe(0);
    const file = buildExportFile('claimreview', d, null, EXPORTED_AT, {
      ...NO_SETTINGS,
      reviewerName: 'Mei Lin',
    });
    expect(file.notice).toBe(
      '1 unverified claim was left out: only reviewed claims are published.',
    );
  });

  it('says when no reviewer is set, and nothing when all is well', () => {
    expect(claimReviewNotice(0, NO_SETTINGS)).toMatch(/No reviewer is set/);
    expect(claimReviewNotice(2, { ...NO_SETTINGS, reviewerOrganization: 'Desk' })).toMatch(
      /^2 unverified claims were left out/,
    );
    expect(claimReviewNotice(0, { ...NO_SETTINGS, reviewerOrganization: 'Desk' })).toBeNull();
  });

  it('leaves out url, citation, author and a date a reader cannot parse', () => {
    const d = clone(data);
    d.annotations[2].claim = {
      status: 'false',
      evidenceUrl: 'javascript:alert(1)',
      note: '',
      claimantId: null,
      reviewUrl: 'data:text/html,x',
    } as ClaimInfo;
    d.articles[0].publishedTime = 'May 17, 2024';
    const [review] = buildClaimReview(d)['@graph'];
    for (const key of ['url', 'citation', 'reviewBody', 'author'])
      expect(review).not.toHaveProperty(key);
    expect(review.itemReviewed as object).not.toHaveProperty('author');
    expect(review.itemReviewed as object).not.toHaveProperty('datePublished');
  });

  it('ignores non-claim annotations and uses Organization for an organization claimant', () => {
    const none = clone(data);
    none.annotations = none.annotations.filter((a) => a.type !== 'claim');
    expect(buildClaimReview(none)['@graph']).toEqual([]);
    const d = clone(data);
    d.annotations[2].claim!.claimantId = d.entities[1].id;
    const item = buildClaimReview(d)['@graph'][0].itemReviewed as Record<string, unknown>;
    expect(item.author).toEqual({
      '@type': 'Organization',
      name: 'Shaanxi Federation of Trade Unions',
    });
  });
});
