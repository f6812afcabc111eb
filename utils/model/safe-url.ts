/**
 * The URL normalised by the URL parser if it is http(s), else null. Exports turn URLs into
 * links for other programs, and imported URLs end up in `href`s: `javascript:`, `data:`
 * and the like must never get that far.
 */
export function httpUrlOrNull(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
