import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownInline,
  escapeMarkdownLines,
  markdownLink,
  safeLinkUrl,
} from '../../../../utils/interchange/export';

describe('escapeMarkdownInline', () => {
  it.each([
    ['plain words, stay plain.', 'plain words, stay plain.'],
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['![img](http://x)', '!\\[img\\]\\(http://x\\)'],
    ['*a* _b_ `c` ~d~ |e|', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\|'],
    ['back\\slash', 'back\\\\slash'],
    ['AT&T', 'AT&T'],
    ['&lt;', '&amp;lt;'],
    ['one\ntwo', 'one two'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe('escapeMarkdownLines', () => {
  it('escapes block markers at the start of each line and drops indentation', () => {
    expect(
      escapeMarkdownLines('# h\n> q\n- l\n+ l\n=== \n12. n\n3) n\n    code\nok # not'),
    ).toEqual([
      '\\# h',
      '&gt; q',
      '\\- l',
      '\\+ l',
      '\\=== ',
      '12\\. n',
      '3\\) n',
      'code',
      'ok # not',
    ]);
  });
});

describe('links', () => {
  it('only http(s) URLs become links', () => {
    expect(safeLinkUrl('https://example.com/x y')).toBe('https://example.com/x%20y');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<script>')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('a [b]', 'http://e.com/(1)')).toBe('[a \\[b\\]](http://e.com/%281%29)');
  });
});
