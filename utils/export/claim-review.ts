import type { Annotation, Article, Entity } from '../model';
import { httpUrlOrNull } from './safe-url';
import type { ExportData } from './types';

/*
 * Claims as schema.org ClaimReview (https://schema.org/ClaimReview), the vocabulary
 * fact-checkers publish in. Each claim annotation becomes one review: the quote is the
 * claim reviewed, the article is where it appeared, the claimant entity its author, and
 * the Gloss status the rating's `alternateName` (ClaimReview's textual verdict).
 * `url` is the evidence URL: the closest thing a Gloss user has to "the review's page".
 */

export interface ClaimReviewGraph {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

function authorOf(entity: Entity | undefined): Record<string, unknown> | undefined {
  if (!entity) return undefined;
  return { '@type': entity.type === 'person' ? 'Person' : 'Organization', name: entity.name };
}

function reviewOf(a: Annotation, article: Article | undefined, claimant: Entity | undefined, now: Date) {
  const claim = a.claim!;
  const appearance: Record<string, unknown> = { '@type': 'CreativeWork', url: a.articleUrl };
  if (article?.title) appearance.headline = article.title;
  if (article?.publishedTime) appearance.datePublished = article.publishedTime;
  if (article?.siteName) appearance.publisher = { '@type': 'Organization', name: article.siteName };

  const itemReviewed: Record<string, unknown> = { '@type': 'Claim', appearance };
  const author = authorOf(claimant);
  if (author) itemReviewed.author = author;

  const review: Record<string, unknown> = {
    '@type': 'ClaimReview',
    identifier: a.id,
    claimReviewed: a.quote,
    dateCreated: a.createdAt,
    dateModified: a.updatedAt,
    datePublished: now.toISOString(),
    itemReviewed,
    reviewRating: { '@type': 'Rating', alternateName: claim.status },
  };
  // Only web URLs: consumers turn `url` into links.
  const evidence = httpUrlOrNull(claim.evidenceUrl);
  if (evidence) review.url = evidence;
  if (claim.note) review.reviewBody = claim.note;
  return review;
}

/** Every claim annotation (whatever its status, "unverified" included) as one ClaimReview. */
export function buildClaimReview(data: ExportData, now: Date = new Date()): ClaimReviewGraph {
  const articles = new Map(data.articles.map((a) => [a.url, a]));
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const claims = data.annotations.filter((a) => a.type === 'claim' && a.claim);
  return {
    '@context': 'https://schema.org',
    '@graph': claims.map((a) =>
      reviewOf(a, articles.get(a.articleUrl), a.claim!.claimantId ? entities.get(a.claim!.claimantId) : undefined, now),
    ),
  };
}
