import { beforeEach, describe, expect, it } from 'vitest';
import { createArticleCache, type Extract } from '../../../entrypoints/content/article-cache';
import type { ArticleFound } from '../../../utils/protocol/page-shapes';
import type { Slicer } from '../../../utils/page/page-snapshot';

const found = (url: string, title: string): ArticleFound => ({
  url,
  canonicalUrl: null,
  title,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  length: 4,
  textHash: 'h',
  text: 'Text',
  asides: [],
  breaks: [],
});
const inline: () => Slicer = () => ({ spent: () => false, next: async () => {} });
/** The copy's slices, then a task of its own for the hand-over (the message is not sent in the last slice's). */
const copied = async () => {
  for (let i = 0; i < 2; i++) await new Promise((r) => setTimeout(r, 0));
};

/** The background's side, by hand: each request waits until the test answers it. */
function background() {
  const asked: {
    url: string;
    html: string;
    answer: (a: ArticleFound | null) => void;
    fail: (e: Error) => void;
  }[] = [];
  const extract: Extract = (url, html) =>
    new Promise((answer, fail) => asked.push({ url, html, answer, fail }));
  return { asked, extract };
}

describe("the content script's article cache", () => {
  beforeEach(() => {
    history.replaceState(null, '', '/news/story');
    document.body.innerHTML =
      '<article><p>The story.</p></article><gloss-ui><b>toolbar</b></gloss-ui>';
  });

  it('hands the background a copy of the page once, however many ask; known only once it is back', async () => {
    const bg = background();
    const cache = createArticleCache(document, bg.extract, inline);
    expect(cache.known()).toBeUndefined();
    const first = cache.found();
    const second = cache.found();
    await copied();
    expect(bg.asked).toHaveLength(1);
    expect(bg.asked[0].url).toBe(location.href);
    expect(bg.asked[0].html).toContain('<p>The story.</p>');
    expect(bg.asked[0].html).not.toContain('gloss-ui'); // Gloss's own UI is not the page's
    expect(cache.known()).toBeUndefined();
    bg.asked[0].answer(found(location.href, 'Story'));
    expect(await first).toEqual(await second);
    expect(cache.known()).toMatchObject({ title: 'Story' });
  });

  it('a new URL (single-page app) is a new article; a failed extraction is tried again when asked again', async () => {
    const bg = background();
    const cache = createArticleCache(document, bg.extract, inline);
    const first = cache.found();
    await copied();
    bg.asked[0].answer(found(location.href, 'One'));
    await first;

    history.pushState(null, '', '/news/other');
    expect(cache.known()).toBeUndefined();
    const failing = cache.found();
    await copied();
    bg.asked[1].fail(new Error('parser gone'));
    await expect(failing).rejects.toThrow('parser gone');
    const retry = cache.found();
    await copied();
    expect(bg.asked).toHaveLength(3);
    bg.asked[2].answer(null);
    expect(await retry).toBeNull();
    expect(cache.known()).toBeNull();
  });
});
