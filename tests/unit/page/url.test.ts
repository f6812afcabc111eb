import { describe, expect, it } from 'vitest';
import { canonicalAlias, isSameArticleUrl, normalizeUrl } from '../../../utils/page/url';

// [input, expected key] — URLs as readers arrive at them from feeds, newsletters and social sites.
const CASES: [string, string | null][] = [
  // Campaign and click trackers go; the article's own parameters stay, sorted.
  [
    'https://www.theguardian.com/world/2019/jan/03/whale-strandings?utm_source=twitter&utm_medium=social&utm_campaign=guardian',
    'https://www.theguardian.com/world/2019/jan/03/whale-strandings',
  ],
  [
    'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html?smid=tw-nytimes&smtyp=cur',
    'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html?smtyp=cur',
  ],
  [
    'https://www.bbc.com/news/world-us-canada-33646542?at_medium=RSS&at_campaign=KARANGA',
    'https://www.bbc.com/news/world-us-canada-33646542',
  ],
  [
    'https://www.bbc.co.uk/news/uk-politics-123?ns_mchannel=social&ns_source=twitter&ns_campaign=bbc_live&at_custom1=x',
    'https://www.bbc.co.uk/news/uk-politics-123',
  ],
  [
    'https://edition.cnn.com/2024/05/17/politics/story/index.html?cmpid=org=cnn_int::ms=tw',
    'https://edition.cnn.com/2024/05/17/politics/story/index.html',
  ],
  [
    'https://www.msn.com/en-us/news/world/story/ar-BB1mBx2?ocid=msedgntp&cvid=abc',
    'https://www.msn.com/en-us/news/world/story/ar-BB1mBx2?cvid=abc',
  ],
  [
    'https://www.washingtonpost.com/world/2015/03/18/attack/?fbclid=IwAR0abc&itid=lk_inline',
    'https://www.washingtonpost.com/world/2015/03/18/attack/?itid=lk_inline',
  ],
  [
    'https://arstechnica.com/security/2015/04/minecraft/?gclid=Cj0KCQ&gbraid=0AA&wbraid=Cj&dclid=xx&msclkid=m1',
    'https://arstechnica.com/security/2015/04/minecraft/',
  ],
  [
    'https://www.reddit.com/r/news/comments/abc/title/?sr_share=twitter&share_id=Q1',
    'https://www.reddit.com/r/news/comments/abc/title/?share_id=Q1',
  ],
  [
    'https://www.theverge.com/2023/6/5/vision-pro?ref_src=twsrc%5Egoogle&ref_url=https%3A%2F%2Ft.co&__twitter_impression=true',
    'https://www.theverge.com/2023/6/5/vision-pro',
  ],
  [
    'https://www.instagram.com/p/Cabc123/?igshid=MzRlODBiNWFlZA==',
    'https://www.instagram.com/p/Cabc123/',
  ],
  [
    'https://www.aliexpress.com/item/1005.html?spm=a2g0o.home.0.0&_ga=2.1&_gl=1*abc',
    'https://www.aliexpress.com/item/1005.html',
  ],
  [
    'https://newsletter.example.com/p/issue-12?mc_cid=1a2b&mc_eid=3c4d&s_cid=em&yclid=77',
    'https://newsletter.example.com/p/issue-12',
  ],
  // Tracker names match in any case; repeated keys keep their order; empty pieces and `?` go.
  [
    'https://example.com/search?UTM_Source=x&q=b&q=a&page=2',
    'https://example.com/search?page=2&q=a&q=b',
  ],
  ['https://example.com/a?&&b=1&&a=2&', 'https://example.com/a?a=2&b=1'],
  [
    'https://www.lemonde.fr/pixels/article/2015/05/05/loi.html?',
    'https://www.lemonde.fr/pixels/article/2015/05/05/loi.html',
  ],
  ['https://example.com/a?utm_source=x', 'https://example.com/a'],
  // Fragments go (they scroll within the page), hash routes stay (they name the page).
  ['https://en.wikipedia.org/wiki/Mozilla#History', 'https://en.wikipedia.org/wiki/Mozilla'],
  [
    'https://www.seattletimes.com/business/amazon/halibut/#comments',
    'https://www.seattletimes.com/business/amazon/halibut/',
  ],
  ['https://app.example.com/#!/article/123', 'https://app.example.com/#!/article/123'],
  [
    'https://app.example.com/#/story/9?utm_source=x',
    'https://app.example.com/#/story/9?utm_source=x',
  ],
  // Scheme and host lower-cased, default ports dropped, others kept; path case kept.
  [
    'HTTPS://WWW.Telegraph.CO.UK/news/2017/11/15/Zimbabwe-Coup/',
    'https://www.telegraph.co.uk/news/2017/11/15/Zimbabwe-Coup/',
  ],
  [
    'http://www.heraldsun.com.au:80/news/opinion/story',
    'http://www.heraldsun.com.au/news/opinion/story',
  ],
  [
    'https://www.engadget.com:443/2017/11/03/xbox-one-x-review/',
    'https://www.engadget.com/2017/11/03/xbox-one-x-review/',
  ],
  ['http://localhost:8080/test/page.html', 'http://localhost:8080/test/page.html'],
  ['https://example.com', 'https://example.com/'],
  ['https://example.com./story', 'https://example.com/story'],
  ['https://user:secret@example.com/story', 'https://example.com/story'],
  ['  https://example.com/story  ', 'https://example.com/story'],
  // www. is kept: a different host. AMP paths are kept: their canonical link joins them.
  ['https://aktualne.cz/sport/fotbal/west-ham/', 'https://aktualne.cz/sport/fotbal/west-ham/'],
  [
    'https://www.theguardian.com/world/2019/jan/03/story/amp',
    'https://www.theguardian.com/world/2019/jan/03/story/amp',
  ],
  [
    'https://amp.theguardian.com/world/2019/jan/03/story',
    'https://amp.theguardian.com/world/2019/jan/03/story',
  ],
  // Percent-encoding: unreserved escapes decoded, the rest upper-cased; non-ASCII gets encoded.
  [
    'https://www.lanacion.com.ar/opinion/una-soluci%c3%b3n-no-violenta-nid1710987',
    'https://www.lanacion.com.ar/opinion/una-soluci%C3%B3n-no-violenta-nid1710987',
  ],
  [
    'https://www.lanacion.com.ar/opinion/una-solución',
    'https://www.lanacion.com.ar/opinion/una-soluci%C3%B3n',
  ],
  [
    'https://example.com/%7Euser/a%2Db?q=%e4%b8%ad%41',
    'https://example.com/~user/a-b?q=%E4%B8%ADA',
  ],
  ['https://example.com/a%2Fb', 'https://example.com/a%2Fb'],
  // IDN hosts are stored in punycode, as the browser's address bar resolves them.
  ['https://bücher.example/reihe?utm_medium=email', 'https://xn--bcher-kva.example/reihe'],
  [
    'https://新闻.中国/2024/05/17/content.htm',
    'https://xn--efvy88h.xn--fiqs8s/2024/05/17/content.htm',
  ],
  ['https://news.qq.com/a/20161013/018168.htm', 'https://news.qq.com/a/20161013/018168.htm'],
  // Not web pages, or not URLs: no key.
  ['file:///home/me/article.html', null],
  ['chrome://extensions/', null],
  ['chrome-extension://abcdef/library.html', null],
  ['about:blank', null],
  ['data:text/html,<p>hi</p>', null],
  ['mailto:editor@example.com', null],
  ['javascript:alert(1)', null],
  ['ftp://ftp.example.com/pub/file.txt', null],
  ['www.example.com/no-scheme', null],
  ['', null],
  ['https://', null],
  ['http://exa mple.com/', null],
];

describe('normalizeUrl', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of CASES) {
      const once = normalizeUrl(input);
      if (once !== null) expect(normalizeUrl(once)).toBe(once);
    }
  });
});

describe('canonicalAlias', () => {
  const page = 'https://www.example.com/news/story?utm_source=x#top';

  it('resolves a relative canonical and normalizes it', () => {
    expect(canonicalAlias(page, '/news/story?b=2&a=1&fbclid=9')).toBe(
      'https://www.example.com/news/story?a=1&b=2',
    );
    expect(canonicalAlias(page, '../story-canonical')).toBe(
      'https://www.example.com/story-canonical',
    );
  });

  it('accepts the same host with or without www., on the same scheme', () => {
    expect(canonicalAlias(page, 'https://example.com/news/story')).toBe(
      'https://example.com/news/story',
    );
    expect(canonicalAlias('https://example.com/amp/story', 'https://www.example.com/story')).toBe(
      'https://www.example.com/story',
    );
    expect(canonicalAlias('https://WWW.Example.com/x', 'https://www.example.com/x#frag')).toBe(
      'https://www.example.com/x',
    );
  });

  it("refuses another site's URL, so a page cannot read another article's annotations", () => {
    expect(
      canonicalAlias(
        'https://evil.example.net/copy',
        'https://www.nytimes.com/2017/01/13/sudan.html',
      ),
    ).toBeNull();
    expect(canonicalAlias('https://nytimes.com.evil.net/x', 'https://nytimes.com/x')).toBeNull();
    expect(canonicalAlias('https://user.github.io/x', 'https://github.io/x')).toBeNull();
    expect(canonicalAlias('https://www.example.com/x', 'https://example.com:8443/x')).toBeNull();
    // The scheme counts: an http page, forgeable on the network path, must not speak for https.
    expect(canonicalAlias('http://www.example.com/x', 'https://www.example.com/x')).toBeNull();
    // A subdomain AMP page gets no alias: the price of not guessing at registrable domains.
    expect(
      canonicalAlias('https://amp.theguardian.com/a', 'https://www.theguardian.com/a'),
    ).toBeNull();
  });

  it('returns null for a missing, empty, non-http or unparsable href, or a non-http page', () => {
    expect(canonicalAlias(page, null)).toBeNull();
    expect(canonicalAlias(page, '   ')).toBeNull();
    expect(canonicalAlias(page, 'javascript:alert(1)')).toBeNull();
    expect(canonicalAlias(page, 'http://[bad')).toBeNull();
    expect(canonicalAlias('file:///a.html', 'https://example.com/a')).toBeNull();
  });
});

describe('isSameArticleUrl', () => {
  it('compares keys', () => {
    expect(isSameArticleUrl('https://Example.com/a?utm_source=x#p2', 'https://example.com/a')).toBe(
      true,
    );
    expect(isSameArticleUrl('https://example.com/a', 'https://example.com/A')).toBe(false);
    expect(isSameArticleUrl('https://example.com/a', 'https://www.example.com/a')).toBe(false);
    expect(isSameArticleUrl('about:blank', 'about:blank')).toBe(false);
  });
});
