// Its own module: the content script needs it on every page, and utils/article.ts brings Readability.

/**
 * The page's own `<link rel=canonical>` href, raw: resolve and vet it with canonicalAlias (utils/url.ts).
 * rel is a token list and ASCII case-insensitive, so `rel="Canonical"` counts. A `<base>` is not
 * consulted: a canonical link is absolute on practically every site, and the host check applies anyway.
 */
export function canonicalHref(doc: Document): string | null {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rel = link.getAttribute('rel')!.toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}
