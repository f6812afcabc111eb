import { describe, expect, it } from 'vitest';
import { buildClaimReview, stringifyExport } from '../../../utils/export';
import { clone, EXPORTED_AT, loadDataset, readFixture } from './fixtures';

describe('buildClaimReview', () => {
  const data = loadDataset();

  it('matches the expected file for the seed dataset', () => {
    expect(stringifyExport(buildClaimReview(data, EXPORTED_AT))).toBe(readFixture('expected-claim-review.jsonld'));
  });

  it('reviews each claim: quote, appearance, claimant author, status rating, evidence url', () => {
    const out = buildClaimReview(data, EXPORTED_AT);
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@graph']).toHaveLength(1);
    expect(out['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'more than 350000 high-quality industrial workers',
      datePublished: '2024-06-01T12:00:00.000Z',
      url: 'https://www.baoji.gov.cn/example/statistical-yearbook-2023.html',
      itemReviewed: {
        '@type': 'Claim',
        appearance: { url: 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm' },
        author: { '@type': 'Person', name: 'Duan Xiaolong' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'disputed' },
    });
  });

  it('leaves out author and url when there is no claimant or no web evidence', () => {
    const d = clone(data);
    d.annotations[2].claim = { status: 'unverified', evidenceUrl: 'javascript:alert(1)', note: '', claimantId: null };
    const [review] = buildClaimReview(d, EXPORTED_AT)['@graph'];
    expect(review).not.toHaveProperty('url');
    expect(review).not.toHaveProperty('reviewBody');
    expect((review.itemReviewed as object)).not.toHaveProperty('author');
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'unverified' });
  });

  it('ignores non-claim annotations', () => {
    const d = clone(data);
    d.annotations = d.annotations.filter((a) => a.type !== 'claim');
    expect(buildClaimReview(d)['@graph']).toEqual([]);
  });

  it('uses Organization for an organization claimant', () => {
    const d = clone(data);
    d.annotations[2].claim!.claimantId = d.entities[1].id;
    const item = buildClaimReview(d)['@graph'][0].itemReviewed as Record<string, unknown>;
    expect(item.author).toEqual({ '@type': 'Organization', name: 'Shaanxi Federation of Trade Unions' });
  });
});
