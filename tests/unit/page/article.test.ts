// @vitest-environment node
// jsdom is used directly (as Readability's own tests do); happy-dom's globals are not needed.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleToRecord,
  blockText,
  blockTextWithAsides,
  extractArticle,
  MIN_TEXT_IF_NOT_READERABLE,
} from '../../../utils/page/article';
import { hashText } from '../../../utils/page/text-hash';
import { splitParagraphs } from '../../../utils/page/paragraphs';
import { collapseWhitespace } from '../../../utils/page/anchoring/whitespace';
import { corpusAvailable, corpusNames, readCorpusPage, readSeedHtml } from '../helpers/corpus';

const SEED_URL =
  'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm?utm_source=wechat#comments';

/** jsdom's console chatter ("Could not parse CSS stylesheet" on wikipedia) is dropped. */
function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe('extractArticle on the seed page', () => {
  const doc = parse(readSeedHtml(), SEED_URL);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, SEED_URL)!;

  it('finds the article and its metadata', () => {
    expect(article).not.toBeNull();
    expect(article.url).toBe(
      'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm',
    );
    expect(article.canonicalUrl).toBe(
      'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm',
    );
    // Readability prefers og:title / the <h1> over the <title>'s "- Zhonggong Entertainment".
    expect(article.title).toBe(
      'Shaanxi model workers helped launch the action of developing new quality productivity',
    );
    expect(article.byline).toBe('Mao Rongxi'); // <meta name=author>, which Readability reads first
    expect(article.siteName).toBe('China Industrial Network');
    expect(article.publishedTime).toBe('2024-05-17T15:58:00+08:00');
    expect(article.lang).toBe('en');
    expect(article.excerpt).toBe('Shaanxi model workers help develop new quality productivity');
  });

  it('keeps the story and leaves out navigation, sidebar and footer', () => {
    expect(article.text).toContain(
      "On May 16, the launching ceremony of \"starting towards the 'new' model workers first",
    );
    expect(article.text).toContain(
      'makes contributions in writing a new chapter in Shaanxi and striving to become a model in the west.',
    );
    for (const boilerplate of [
      'Media Matrix',
      'Microsignal of China Industrial Network',
      'The online home of hundreds of millions of employees',
      'Illegal and bad information report hotline: 010-84151598',
      '010-84151598',
      'Copyright © 2008-2024',
      'Scan code for attention',
      'Zhonggong Entertainment', // the header's logo
      'HomeNews', // the header's nav links
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
    expect(article.text).toBe(collapseWhitespace(article.text));
    expect(article.length).toBe(article.text.length);
    expect(article.textHash).toBe(hashText(article.text));
  });

  it('never mutates the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('aside h3')?.textContent).toBe('Media Matrix');
  });

  it('becomes a stored Article with the given clock', () => {
    const now = new Date('2024-06-01T12:00:00Z');
    const record = articleToRecord(article, now);
    expect(record).not.toHaveProperty('text');
    expect(record).toEqual({
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      byline: 'Mao Rongxi',
      siteName: 'China Industrial Network',
      publishedTime: '2024-05-17T15:58:00+08:00',
      lang: 'en',
      excerpt: article.excerpt,
      length: article.length,
      textHash: article.textHash,
      dismissedSuggestions: [],
      savedAt: '2024-06-01T12:00:00.000Z',
      updatedAt: '2024-06-01T12:00:00.000Z',
    });
  });
});

describe('extractArticle edge cases', () => {
  const longText =
    'The council voted on the budget after a long debate about schools and roads. '.repeat(12);

  it('returns null for non-http pages', () => {
    const html = readSeedHtml();
    expect(
      extractArticle(parse(html, 'file:///tmp/seed.html'), 'file:///tmp/seed.html'),
    ).toBeNull();
  });

  it('returns null for a page with no article', () => {
    const html =
      '<html><head><title>Log in</title></head><body><form><input name=u><button>Go</button></form></body></html>';
    expect(
      extractArticle(parse(html, 'https://example.com/login'), 'https://example.com/login'),
    ).toBeNull();
  });

  it('accepts a long article that isProbablyReaderable misses (text in <div>, not <p>)', () => {
    const html = `<html lang="de"><head><title>Budget passed</title></head><body><div class="story">${longText}</div></body></html>`;
    const a = extractArticle(parse(html, 'https://example.com/b'), 'https://example.com/b');
    expect(a?.length).toBeGreaterThanOrEqual(MIN_TEXT_IF_NOT_READERABLE);
    expect(a?.title).toBe('Budget passed');
    expect(a?.lang).toBe('de');
  });

  it('refuses a short text when isProbablyReaderable says no', () => {
    const html = `<html><head><title>Short</title></head><body><div>${longText.slice(0, 300)}</div></body></html>`;
    expect(
      extractArticle(parse(html, 'https://example.com/s'), 'https://example.com/s'),
    ).toBeNull();
  });

  it("ignores a canonical link to another site, and reads fallbacks from the page's metadata", () => {
    const html = `<html><head><title>T</title><link rel="Canonical alternate" href="https://victim.example/story">
      <meta property="og:site_name" content="  Example
         Times "><meta name="author" content="Jane Roe"></head>
      <body><article><time datetime="2024-01-02T03:04:05Z">Jan 2</time><p>${longText}</p></article></body></html>`;
    const a = extractArticle(
      parse(html, 'https://evil.example/copy'),
      'https://evil.example/copy',
    )!;
    expect(a.canonicalUrl).toBeNull();
    expect(a.siteName).toBe('Example Times');
    expect(a.byline).toBe('Jane Roe');
    expect(a.publishedTime).toBe('2024-01-02T03:04:05Z');
    expect(a.lang).toBeNull();
  });
});

describe('blockText', () => {
  it('sets blocks and line breaks apart, and leaves inline elements joined', () => {
    const doc = parse(
      '<div><h2>Head</h2><p>One.</p><p>Two <b>bo</b>ld<br>three</p><ul><li>a</li><li>b</li></ul></div>',
      'https://example.com/',
    );
    expect(blockText(doc.body)).toBe('Head One. Two bold three a b');
    expect(doc.body.textContent).toBe('HeadOne.Two boldthreeab');
  });
});

describe('blockTextWithAsides', () => {
  const html =
    '<div class="no_caption"><p>Sudan will  change, officials said.</p>' +
    '<figure><img alt=""><figcaption>Peacekeepers in Sudan. <span class="credit">Jane Roe/Agence</span></figcaption></figure>' +
    '<p>He vowed <span class="byline-name">by  Ann Lee</span> to act.</p><p class="has-caption">Last paragraph.</p></div>';
  const asides = (h: string) => {
    const { text, asides: ranges } = blockTextWithAsides(parse(h, 'https://example.com/').body);
    return { text, parts: ranges.map((r) => text.slice(r.start, r.end)) };
  };

  it('gives the same text as blockText, with the ranges of captions, credits and bylines', () => {
    const { text, parts } = asides(html);
    expect(text).toBe(blockText(parse(html, 'https://example.com/').body));
    expect(parts).toEqual(['Peacekeepers in Sudan. Jane Roe/Agence ', 'by Ann Lee']);
  });

  it('does not take a class about captions elsewhere ("no_caption", "has-caption"), or a long wrapper, for an aside', () => {
    const long = `<div class="article-caption-wrapper"><p>${'Words of the story. '.repeat(100)}</p></div>`;
    expect(asides(long).parts).toEqual([]);
    expect(asides(html).parts.join(' ')).not.toContain('Last paragraph');
  });

  it('on the seed page, finds the reporter line and keeps every range inside the text', () => {
    const article = extractArticle(parse(readSeedHtml(), SEED_URL), SEED_URL)!;
    for (const r of article.asides) expect(r.end).toBeLessThanOrEqual(article.text.length);
    expect(article.asides.map((r) => article.text.slice(r.start, r.end).trim())).toContain(
      "Worker's Daily - Mao Rongxi, reporter of China Industrial Network",
    );
  });
});

describe('hashText', () => {
  const text = 'Wang Jun pointed out that trade unions at all levels should combine the support.';

  it('is stable, hex, 14 digits', () => {
    expect(hashText(text)).toBe(hashText(text));
    expect(hashText(text)).toMatch(/^[0-9a-f]{14}$/);
    expect(hashText('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('changes when the text is edited, even by one character', () => {
    expect(hashText(text.replace('all levels', 'all level'))).not.toBe(hashText(text));
    expect(hashText(text.replace('Wang', 'wang'))).not.toBe(hashText(text));
    expect(hashText(`${text} Correction appended.`)).not.toBe(hashText(text));
  });

  it('ignores whitespace and Unicode composition differences', () => {
    expect(hashText(`\n  ${text.replace(/ /g, '  \n\t')}\u00a0`)).toBe(hashText(text));
    expect(hashText('caf\u00e9')).toBe(hashText('cafe\u0301'));
  });
});

// Readability's own test pages, each parsed as if served from a neutral host.
describe.skipIf(!corpusAvailable)('extractArticle on the corpus', () => {
  const names = corpusNames();
  const timings: string[] = [];
  afterAll(() => {
    if (timings.length)
      console.log(`[gloss] jsdom parse + extractArticle per page:\n  ${timings.join('\n  ')}`);
  });

  it('has pages', () => expect(names.length).toBeGreaterThan(0));

  it.each(names)('%s', (name) => {
    const page = readCorpusPage(name);
    const expected = page.expectedMetadata;
    const url = `http://fakehost/${name}/page.html`;
    const t0 = performance.now();
    const doc = parse(page.sourceHtml, url);
    const t1 = performance.now();
    const before = doc.documentElement.outerHTML;
    const t2 = performance.now();
    const a = extractArticle(doc, url);
    const t3 = performance.now();
    timings.push(
      `${name.padEnd(16)} parse ${(t1 - t0).toFixed(0).padStart(4)} ms, extract ${(t3 - t2).toFixed(0).padStart(4)} ms, ${a?.length} chars`,
    );

    expect(a, 'article found').not.toBeNull();
    expect(a!.title).toBe(expected.title);
    // Bylines are stored whitespace-collapsed (webmd-1's has a line break and indentation).
    if (expected.byline != null) expect(a!.byline).toBe(collapseWhitespace(expected.byline));
    if (expected.siteName != null) expect(a!.siteName).toBe(expected.siteName);
    if (expected.lang != null) expect(a!.lang).toBe(expected.lang);
    if (expected.publishedTime != null) expect(a!.publishedTime).toBe(expected.publishedTime);
    if (typeof expected.excerpt === 'string')
      expect(a!.excerpt).toBe(collapseWhitespace(expected.excerpt));
    // The same text Readability's own suite expects: its expected.html, as text.
    expect(a!.text).toBe(blockText(parse(page.expectedHtml, url).body));
    // Its paragraphs (what a snapshot keeps) put back together are that same text.
    expect(splitParagraphs(a!.text, a!.breaks).join(' ')).toBe(a!.text);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
