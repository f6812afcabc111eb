/**
 * Whitespace collapsing, shared by the text map and the quote matcher. "Whitespace" is exactly what
 * the regex class `\s` (and String#trim) means, so `/\s+/g` replacements and the per-character
 * walks below always agree about which characters collapse.
 */

export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Collapses runs of whitespace to one space and trims the ends: text "as rendered". */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
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
