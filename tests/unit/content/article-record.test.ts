import { describe, expect, it } from 'vitest';
import {
  articleRecord,
  articleRecordAt,
  articleTextOf,
} from '../../../entrypoints/content/article-record';
import type { ArticleFound } from '../../../utils/protocol/page-shapes';

const FOUND: ArticleFound = {
  url: 'https://news.example/2024/05/story',
  canonicalUrl: 'https://news.example/story',
  title: 'The story',
  byline: 'A. Reporter',
  siteName: 'News',
  publishedTime: '2024-05-17T09:00:00Z',
  lang: 'en',
  excerpt: 'One.',
  length: 9,
  textHash: 'sha256-abc',
  text: 'One. Two.',
  asides: [{ start: 5, end: 9 }],
  breaks: [5],
};

function pageWithCanonical(href: string | null): Document {
  const doc = document.implementation.createHTMLDocument('page');
  if (href !== null) {
    const link = doc.createElement('link');
    link.rel = 'canonical';
    link.href = href;
    doc.head.append(link);
  }
  return doc;
}

describe('article-record: what the content script hands out of the article it found', () => {
  it('stores the record without the text, its asides or its paragraph breaks', () => {
    const { text: _t, asides: _a, breaks: _b, ...meta } = FOUND;
    expect(articleRecord(FOUND)).toEqual(meta);
    expect(articleRecord(FOUND)).not.toHaveProperty('text');
  });

  it("puts the annotation's URL on the record, with the page's canonical link only on its own site", () => {
    const at = 'https://news.example/2024/05/story?page=2';
    expect(articleRecordAt(FOUND, at, pageWithCanonical('/story'))).toMatchObject({
      url: at,
      canonicalUrl: 'https://news.example/story',
      title: 'The story',
    });
    expect(
      articleRecordAt(FOUND, at, pageWithCanonical('https://elsewhere.example/story')).canonicalUrl,
    ).toBeNull();
    expect(articleRecordAt(FOUND, at, pageWithCanonical(null)).canonicalUrl).toBeNull();
  });

  it('gives suggestions the text with its asides and breaks, and the facts they read', () => {
    expect(articleTextOf(FOUND)).toEqual({
      url: FOUND.url,
      canonicalUrl: FOUND.canonicalUrl,
      text: 'One. Two.',
      lang: 'en',
      title: 'The story',
      byline: 'A. Reporter',
      asides: [{ start: 5, end: 9 }],
      breaks: [5],
    });
  });
});
