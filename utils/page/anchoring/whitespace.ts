/**
 * Whitespace collapsing, shared by the text map and the quote matcher. "Whitespace" is exactly what
 * the regex class `\s` (and String#trim) means, so `/\s+/g` replacements and the per-character
 * walks below always agree about which characters collapse.
 */

export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whitespace that collapsing would change: any but a plain space, or two spaces in a row. Most
 * strings have none (every quote and context Gloss stores, most text nodes), and testing for it
 * costs a fraction of a `\s+` replace, which dominated the cost of re-attaching an unchanged quote.
 */
const NOT_COLLAPSED = /[^\S ]| {2}/;
const SPACE = 32;

/** Collapses runs of whitespace to one space and trims the ends: text "as rendered". */
export function collapseWhitespace(s: string): string {
  const collapsed =
    !NOT_COLLAPSED.test(s) && s.charCodeAt(0) !== SPACE && s.charCodeAt(s.length - 1) !== SPACE;
  return collapsed ? s : s.replace(/\s+/g, ' ').trim();
}

/** Collapses runs of whitespace to one space, keeping a space at either end (context next to a quote). */
export function squashWhitespace(s: string): string {
  return NOT_COLLAPSED.test(s) ? s.replace(/\s+/g, ' ') : s;
}

export function hasVisibleText(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) return true;
  return false;
}

/** Index in `data` of character `k` of collapseWhitespace(data). */
export function rawOffset(data: string, k: number): number {
  let i = 0;
  while (i < data.length && isSpace(data.charCodeAt(i))) i++;
  for (let emitted = 0; i < data.length; emitted++) {
    if (emitted === k) return i;
    if (isSpace(data.charCodeAt(i))) {
      while (i < data.length && isSpace(data.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  return data.length;
}

/** How many characters of collapseWhitespace(data) come before index `raw` of `data`. */
export function collapsedOffset(data: string, raw: number): number {
  let i = 0;
  while (i < data.length && isSpace(data.charCodeAt(i))) i++;
  let emitted = 0;
  while (i < raw && i < data.length) {
    if (isSpace(data.charCodeAt(i))) {
      while (i < data.length && isSpace(data.charCodeAt(i))) i++;
      // Trailing whitespace is trimmed away, so it adds nothing.
      if (i < data.length) emitted++;
    } else {
      i++;
      emitted++;
    }
  }
  return emitted;
}
