/**
 * What makes two page URLs "the same article" for Gloss — the key an Article and its
 * annotations are stored under. The rule, applied by normalizeUrl():
 *
 *  1. Only http: and https: URLs have a key; anything else (file:, chrome:, data:, about:,
 *     mailto:, unparsable text) gives null.
 *  2. Scheme and host are lower-cased, IDN hosts are kept in their punycode (xn--) form, a
 *     trailing dot on the host is dropped and the default port (80 / 443) is dropped — all but
 *     the dot are what WHATWG `new URL()` already does.
 *  3. `user:password@` is dropped: it is not part of the article's identity and must not end up
 *     in the database or an export.
 *  4. `www.` is KEPT. `www.example.com` and `example.com` are different hosts and may serve
 *     different things; when a site serves one article on both, its `<link rel=canonical>` joins
 *     them (see canonicalAlias).
 *  5. The path is kept as it is, case included (paths are case-sensitive on most servers), with a
 *     trailing slash or `index.html` left alone: whether `/a/` and `/a/index.html` are the same
 *     resource is the server's business, and a wrong merge would mix two pages' annotations.
 *     The one path change is RFC 3986 §6.2.2 percent-encoding normalization, which never changes
 *     meaning: escapes of unreserved characters (`%7E` → `~`) are decoded and the hex digits of
 *     the other escapes are upper-cased (`%c3%a9` → `%C3%A9`), in the path and in the query.
 *  6. Tracking parameters (TRACKING_PARAMS below, matched case-insensitively, plus any `utm_*`)
 *     are dropped; the remaining ones are sorted by key, then value (stable, so repeated keys keep
 *     their order), empty `&&` pieces are dropped, and a `?` with nothing after it goes.
 *  7. The fragment is dropped (it scrolls within the page) — except a hash route (`#!…`, `#/…`),
 *     which single-page sites use to name the page itself.
 */

/**
 * Query parameters that identify a campaign or a click, never the page. Drawn from Brave's query
 * filter (brave-core `browser/net/brave_query_filter.cc`), Neat URL's default list
 * (github.com/Smile4ever/Neat-URL) and the news sites' own analytics (BBC's AT Internet `at_*`,
 * comScore `ns_*`, NYT `smid`, MSN `ocid`, Reddit `sr_share`). Deliberately absent: generic names
 * such as `ref`, `source`, `cid`, `campaign`, which some sites use to choose the content.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Click ids: Meta, Google Ads, DoubleClick, Microsoft, Yandex, TikTok, Twitter/X, Instagram.
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ttclid',
  'twclid',
  'igshid',
  'srsltid',
  'li_fat_id',
  'rb_clickid',
  'tblci',
  'dicbo',
  // Google Analytics cross-domain linker.
  '_ga',
  '_gl',
  // Mail: Mailchimp, HubSpot, Marketo, MailerLite, Olytics, Drip, Vero.
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'ml_subscriber',
  'ml_subscriber_hash',
  'oly_anon_id',
  'oly_enc_id',
  '__s',
  'vero_id',
  'vero_conv',
  // Referral trackers of Twitter embeds and Alibaba.
  'ref_src',
  'ref_url',
  '__twitter_impression',
  'spm',
  // Newsroom campaign ids: CNN/Adobe, MSN, NYT, Reddit, Yandex Openstat.
  'cmpid',
  's_cid',
  'ocid',
  'smid',
  'sr_share',
  '_openstat',
  // AT Internet / Piano (BBC) and comScore.
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'at_link_id',
  'at_link_origin',
  'at_link_type',
  'at_ptr_name',
  'at_format',
  'at_bbc_team',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
]);

const TRACKING_PREFIXES = ['utm_'];

function isTrackingParam(rawKey: string): boolean {
  const key = safeDecode(rawKey.replace(/\+/g, ' ')).toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** RFC 3986 §6.2.2.1–2: decode escaped unreserved characters, upper-case the other escapes. */
function normalizeEscapes(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function normalizeQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParam(piece.split('=')[0]))
    .map((piece) => {
      const eq = piece.indexOf('=');
      const key = normalizeEscapes(eq < 0 ? piece : piece.slice(0, eq));
      return { key, piece: eq < 0 ? key : `${key}=${normalizeEscapes(piece.slice(eq + 1))}` };
    });
  // Array.prototype.sort is stable (ES2019); comparing whole pieces after keys orders by value.
  pairs.sort((a, b) => cmp(a.key, b.key) || cmp(a.piece, b.piece));
  return pairs.length ? `?${pairs.map((p) => p.piece).join('&')}` : '';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/, '') + (url.port ? `:${url.port}` : '');
  if (!host) return null;
  const hashRoute = /^#[!/]/.test(url.hash) ? url.hash : '';
  return `${url.protocol}//${host}${normalizeEscapes(url.pathname)}${normalizeQuery(url.search)}${hashRoute}`;
}

/** Host with port, without a leading `www.`: what "the same site" means for canonicalAlias. */
/**
 * The site a URL belongs to, for Gloss's trust decisions: scheme, host without a leading `www.`,
 * and port. The scheme counts: an http page (readable and forgeable on the network path) must not
 * speak for an https one. Null for anything that is not http(s).
 */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.host.toLowerCase().replace(/^www\./, '')}`;
  } catch {
    return null;
  }
}

/**
 * The page's `<link rel=canonical>` as a second key for its article, or null.
 *
 * Only a canonical URL on the page's own host (a leading `www.` aside) is accepted. Gloss looks an
 * article's annotations up by this alias too, so if any page could name any URL as its canonical,
 * a hostile page could declare `https://victim-news.example/story` and have Gloss hand it the
 * reader's notes on that story (to paint into a page the attacker controls). A site can only
 * speak for its own URLs.
 * The price: an AMP page on another subdomain (`amp.example.com` → `www.example.com`) gets no
 * alias. Accepting any parent domain would need the Public Suffix List to tell `example.co.uk`
 * from `co.uk`, or `user.github.io` from `github.io`; same host is the rule we can check exactly.
 */
export function canonicalAlias(pageUrl: string, canonicalHref: string | null): string | null {
  const page = normalizeUrl(pageUrl);
  if (!page || !canonicalHref?.trim()) return null;
  let resolved: string;
  try {
    resolved = new URL(canonicalHref.trim(), page).href;
  } catch {
    return null;
  }
  const canonical = normalizeUrl(resolved);
  if (!canonical || siteOf(canonical) !== siteOf(page)) return null;
  return canonical;
}

/** True when both URLs have a key and the keys are equal. */
export function isSameArticleUrl(a: string, b: string): boolean {
  const na = normalizeUrl(a);
  return na !== null && na === normalizeUrl(b);
}
