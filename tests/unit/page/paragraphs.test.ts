// @vitest-environment node
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fitParagraphs, splitParagraphs } from '../../../utils/page/paragraphs';
import { blockTextWithAsides, extractArticle } from '../../../utils/page/article';
import { hashText } from '../../../utils/page/text-hash';
import { readSeedHtml } from '../helpers/corpus';

const SEED_URL = 'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm';

const body = (html: string) =>
  new JSDOM(html, { url: 'https://example.com/', virtualConsole: new VirtualConsole() }).window
    .document.body;

const paragraphsOf = (html: string) => {
  const { text, breaks } = blockTextWithAsides(body(html));
  return splitParagraphs(text, breaks);
};

describe('splitParagraphs', () => {
  it('cuts at the breaks, trims the pieces and drops empty ones', () => {
    expect(splitParagraphs('One. Two three. Four', [5, 5, 16])).toEqual([
      'One.',
      'Two three.',
      'Four',
    ]);
    expect(splitParagraphs('Only one', [])).toEqual(['Only one']);
    expect(splitParagraphs('', [0, 3])).toEqual([]);
  });

  it('ignores breaks outside the text, out of order, or not whole numbers', () => {
    expect(splitParagraphs('Ab cd', [-1, 3, 0, 99, 1.5, Number.NaN])).toEqual(['Ab', 'cd']);
    expect(splitParagraphs('Ab cd ef', [6, 3])).toEqual(['Ab', 'cd', 'ef']);
  });
});

describe('paragraphs of extracted text', () => {
  it('gives one paragraph per block and per line break, inline elements kept together', () => {
    expect(
      paragraphsOf(
        '<div><h2>Head</h2><p>One.</p><p>Two <b>bo</b>ld<br>three</p><ul><li>a</li><li>b</li></ul></div>',
      ),
    ).toEqual(['Head', 'One.', 'Two bold', 'three', 'a', 'b']);
  });

  it('collapses whitespace inside paragraphs and skips empty blocks', () => {
    expect(paragraphsOf('<p>  A   spaced\n line </p><div> </div><p></p><p>Next</p>')).toEqual([
      'A spaced line',
      'Next',
    ]);
  });

  it("on the seed page: the paragraphs joined by a space are the article's text, with its hash", () => {
    const doc = new JSDOM(readSeedHtml(), { url: SEED_URL, virtualConsole: new VirtualConsole() })
      .window.document;
    const article = extractArticle(doc, SEED_URL)!;
    const paragraphs = splitParagraphs(article.text, article.breaks);
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.join(' ')).toBe(article.text);
    expect(hashText(paragraphs.join(' '))).toBe(article.textHash);
    expect(paragraphs.find((p) => p.includes('built 18 national'))).toMatch(
      /^Duan Xiaolong said in his speech .* with new achievements of high-quality development\.$/,
    );
  });
});

describe('fitParagraphs', () => {
  it('leaves paragraphs within the limits alone', () => {
    expect(fitParagraphs(['a b', 'c'])).toEqual(['a b', 'c']);
  });

  it('cuts a long paragraph at a space, and a long word where it must', () => {
    expect(fitParagraphs(['aaa bbb ccc'], 7)).toEqual(['aaa bbb', 'ccc']);
    expect(fitParagraphs(['abcdefghij'], 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps at most the allowed number of paragraphs', () => {
    expect(fitParagraphs(['1', '2', '3', '4'], 10, 3)).toEqual(['1', '2', '3']);
    expect(fitParagraphs(['aa bb cc dd'], 2, 3)).toEqual(['aa', 'bb', 'cc']);
  });
});
