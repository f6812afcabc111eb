/**
 * What the library page shows, from its address: `#article=<encoded url>` is one article with its
 * annotations in context, `#entity=<id>` one person's or organization's page, anything else (the
 * section anchors among them) the library itself. A hash, so each view can be linked, bookmarked and
 * left with the Back button, without a page of its own.
 */
export type LibraryRoute =
  { view: 'library' } | { view: 'article'; url: string } | { view: 'entity'; id: string };

export function parseRoute(hash: string): LibraryRoute {
  const h = hash.replace(/^#/, '');
  const [key, ...rest] = h.split('=');
  const value = rest.join('=');
  if (!value) return { view: 'library' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return { view: 'library' };
  }
  if (key === 'article') return { view: 'article', url: decoded };
  if (key === 'entity') return { view: 'entity', id: decoded };
  return { view: 'library' };
}

export const articleHref = (url: string) => `#article=${encodeURIComponent(url)}`;
export const entityHref = (id: string) => `#entity=${encodeURIComponent(id)}`;
