import type { Annotation, Article, ClaimInfo, Entity, Selector } from '../../model';

/*
 * Copy records field by field, in a fixed order, instead of exporting what the caller
 * passed: rows read from Dexie may carry extra runtime fields (anchor state, caches)
 * that are not part of the file format, and a fixed key order keeps exports diffable.
 */

export function pickArticle(a: Article): Article {
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    excerpt: a.excerpt,
    length: a.length,
    textHash: a.textHash,
    dismissedSuggestions: [...(a.dismissedSuggestions ?? [])],
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
  };
}

export function pickSelector(s: Selector): Selector {
  switch (s.type) {
    case 'TextQuoteSelector':
      return { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix };
    case 'TextPositionSelector':
      return { type: s.type, start: s.start, end: s.end };
    case 'RangeSelector':
      return {
        type: s.type,
        startContainer: s.startContainer,
        startOffset: s.startOffset,
        endContainer: s.endContainer,
        endOffset: s.endOffset,
      };
  }
}

export function pickClaim(c: ClaimInfo | null): ClaimInfo | null {
  if (!c) return null;
  const out: ClaimInfo = {
    status: c.status,
    evidenceUrl: c.evidenceUrl,
    note: c.note,
    claimantId: c.claimantId,
  };
  // Optional and newer than v1: written only when set, so files without it stay as they were.
  const reviewUrl = c.reviewUrl;
  if (reviewUrl !== undefined) out.reviewUrl = reviewUrl;
  return out;
}

export function pickAnnotation(a: Annotation): Annotation {
  return {
    id: a.id,
    articleUrl: a.articleUrl,
    type: a.type,
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    selectors: a.selectors.map(pickSelector),
    note: a.note,
    entityId: a.entityId,
    claim: pickClaim(a.claim),
    tags: [...a.tags],
    color: a.color,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function pickEntity(e: Entity): Entity {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    normalizedName: e.normalizedName,
    aliases: [...e.aliases],
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
