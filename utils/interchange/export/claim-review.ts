import type { Annotation, Article, ClaimStatus, Entity } from '../../model';
import type { ClaimInfo } from '../../model';
import { httpUrlOrNull } from '../../model/safe-url';
import type { ExportData } from './types';

/*
 * Claims as schema.org ClaimReview (https://schema.org/ClaimReview), the markup fact-checkers
 * publish (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
 * the reviewer (set once in the settings) is the `author`, the claim's published-review page its
 * `url`, the evidence a `citation`; the Claim carries the quote's author (the claimant entity),
 * where it appeared and when (the article's publication date). Ratings sit on a 1–5 scale with a
 * readable name. Claims still "unverified" have not been reviewed, so they are left out, and
 * unreviewedClaims() says how many for the library to tell the reader.
 */

export interface ClaimReviewGraph {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

export interface ClaimReviewOptions {
  reviewerName?: string;
  reviewerOrganization?: string;
}

type ReviewedStatus = Exclude<ClaimStatus, 'unverified'>;

/** 1 = false … 5 = supported; 4 ("mostly supported") is not a verdict Gloss offers. */
export const RATING: Record<ReviewedStatus, { value: number; name: string }> = {
  false: { value: 1, name: 'False' },
  misleading: { value: 2, name: 'Misleading' },
  disputed: { value: 3, name: 'Disputed' },
  supported: { value: 5, name: 'Supported' },
};
export const WORST_RATING = 1;
export const BEST_RATING = 5;

const isReviewed = (a: Annotation) =>
  a.type === 'claim' && a.claim !== null && a.claim.status !== 'unverified';

/** Claims the ClaimReview export leaves out because the reader has not reviewed them yet. */
export function unreviewedClaims(data: ExportData): number {
  return data.annotations.filter((a) => a.type === 'claim' && a.claim?.status === 'unverified')
    .length;
}

function claimantOf(entity: Entity | undefined): Record<string, unknown> | undefined {
  if (!entity) return undefined;
  return { '@type': entity.type === 'person' ? 'Person' : 'Organization', name: entity.name };
}

function reviewerOf({
  reviewerName,
  reviewerOrganization,
}: ClaimReviewOptions): Record<string, unknown> | undefined {
  const name = reviewerName?.trim();
  const org = reviewerOrganization?.trim();
  const organization = org ? { '@type': 'Organization', name: org } : undefined;
  if (name)
    return organization
      ? { '@type': 'Person', name, worksFor: organization }
      : { '@type': 'Person', name };
  return organization;
}

/** Only dates a reader of the markup can parse: pages also declare "May 17, 2024" and the like. */
const isoDate = (published: string | null | undefined) =>
  published && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(published.trim())
    ? published.trim()
    : undefined;

function reviewOf(
  a: Annotation,
  article: Article | undefined,
  claimant: Entity | undefined,
  author: Record<string, unknown> | undefined,
) {
  const claim = a.claim as ClaimInfo;
  const rating = RATING[claim.status as ReviewedStatus];
  const appearance: Record<string, unknown> = { '@type': 'CreativeWork', url: a.articleUrl };
  if (article?.title) appearance.headline = article.title;
  if (article?.siteName) appearance.publisher = { '@type': 'Organization', name: article.siteName };

  const itemReviewed: Record<string, unknown> = { '@type': 'Claim', appearance };
  const published = isoDate(article?.publishedTime);
  if (published) itemReviewed.datePublished = published;
  const claimAuthor = claimantOf(claimant);
  if (claimAuthor) itemReviewed.author = claimAuthor;

  const review: Record<string, unknown> = { '@type': 'ClaimReview', identifier: a.id };
  // Only web URLs: consumers turn them into links.
  const url = httpUrlOrNull(claim.reviewUrl ?? '');
  if (url) review.url = url;
  if (author) review.author = author;
  review.claimReviewed = a.quote;
  review.dateCreated = a.createdAt;
  review.dateModified = a.updatedAt;
  review.itemReviewed = itemReviewed;
  review.reviewRating = {
    '@type': 'Rating',
    ratingValue: rating.value,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: rating.name,
  };
  const evidence = httpUrlOrNull(claim.evidenceUrl);
  if (evidence) review.citation = evidence;
  if (claim.note) review.reviewBody = claim.note;
  return review;
}

/** Every reviewed claim (any status but "unverified") as one ClaimReview. */
export function buildClaimReview(
  data: ExportData,
  options: ClaimReviewOptions = {},
): ClaimReviewGraph {
  const articles = new Map(data.articles.map((a) => [a.url, a]));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const author = reviewerOf(options);
  return {
    '@context': 'https://schema.org',
    '@graph': data.annotations
      .filter(isReviewed)
      .map((a) =>
        reviewOf(
          a,
          articles.get(a.articleUrl),
          a.claim!.claimantId ? entities.get(a.claim!.claimantId) : undefined,
          author,
        ),
      ),
  };
}
