/**
 * Soft hyphens, zero-width spaces and joiners sit inside words on some sites ("Vladi\u00ADmir")
 * and would cut a name in two. The rules run on the text without them; every offset they return
 * is mapped back, so mentions still slice the page's own text exactly.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

export interface Visible {
  /** The text with the invisible characters removed. */
  text: string;
  /** Where the visible range [start, end) lies in the original (invisibles at its edges left out). */
  toOriginal: (start: number, end: number) => { start: number; end: number };
  /** Offset in the original -> offset in the visible text. */
  toVisible: (offset: number) => number;
}

export function withoutInvisibles(original: string): Visible | null {
  if (!INVISIBLE.test(original)) return null;
  const kept: number[] = [];
  const visible: number[] = [];
  let text = '';
  for (let i = 0; i < original.length; i++) {
    visible.push(kept.length);
    if (INVISIBLE.test(original[i])) continue;
    kept.push(i);
    text += original[i];
  }
  kept.push(original.length);
  visible.push(kept.length - 1);
  return {
    text,
    toOriginal: (start, end) => ({
      start: kept[Math.min(start, kept.length - 1)],
      end: end > start ? kept[Math.min(end, kept.length - 1) - 1] + 1 : kept[start],
    }),
    toVisible: (offset) => visible[Math.min(Math.max(offset, 0), visible.length - 1)],
  };
}
