// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { articleTextReplySchema } from '../../../utils/protocol/page-shapes';
import { MAX_PAGE_HTML_CHARS } from '../../../utils/page/page-snapshot';

const PAGE = 'https://www.theguardian.com/world/2024/may/17/vote';

describe('article text a content script answers with', () => {
  const reply = {
    url: PAGE,
    canonicalUrl: null,
    text: 'One. Two.',
    breaks: [5],
    lang: 'en',
    title: 'Vote',
  };

  it('is taken with its URL, text and paragraph breaks', () => {
    expect(v.parse(articleTextReplySchema, reply)).toEqual({
      url: PAGE,
      canonicalUrl: null,
      text: 'One. Two.',
      breaks: [5],
    });
  });

  it('is refused when its URL is no web page or its sizes are out of bounds', () => {
    for (const bad of [
      { ...reply, url: 'javascript:alert(1)' },
      { ...reply, breaks: [-1] },
      { ...reply, breaks: [1.5] },
      { ...reply, text: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1) },
    ])
      expect(v.safeParse(articleTextReplySchema, bad).success).toBe(false);
  });
});
