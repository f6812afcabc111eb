import { expect } from 'vitest';
import { anchor, buildTextMap, describe, type TextMap } from '../../../../utils/page/anchoring';
import { squash } from './helpers';

const HIDDEN =
  'script, style, noscript, template, textarea, select, head, iframe, [hidden], [data-gloss-ui]';

function isVisibleText(node: Text): boolean {
  return /\S/.test(node.data) && !node.parentElement?.closest(HIDDEN);
}

/** Index of a visible character at or near `from`, looking in direction `step` first. */
function nonSpaceIndex(data: string, from: number, step: 1 | -1): number {
  for (const dir of [step, -step]) {
    for (let i = from; i >= 0 && i < data.length; i += dir) if (/\S/.test(data[i])) return i;
  }
  throw new Error('no visible character');
}

/**
 * `count` ranges spread over the page's visible text, made from the DOM directly (independent of the
 * text map). Every fourth stays in one text node; the others end one to three text nodes later, so
 * they cross links, emphasis and paragraph boundaries. Both ends sit next to visible characters.
 */
export function visibleTextRanges(doc: Document, count: number): Range[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (isVisibleText(n as Text)) texts.push(n as Text);
  const ranges: Range[] = [];
  for (let i = 0; i < count && texts.length > 1; i++) {
    const first = Math.floor((i * (texts.length - 1)) / count);
    const last = Math.min(texts.length - 1, first + (i % 4));
    const a = texts[first];
    const b = texts[last];
    const range = doc.createRange();
    const start = nonSpaceIndex(a.data, Math.floor(a.data.length / 3), 1);
    const end = nonSpaceIndex(b.data, Math.floor((b.data.length * 3) / 4), -1) + 1;
    range.setStart(a, start);
    if (first === last && end <= start) range.setEnd(b, start + 1);
    else range.setEnd(b, end);
    ranges.push(range);
  }
  return ranges;
}

/** describe → anchor on the unchanged page gives back the same text, exactly where it was. */
export function roundTrip(
  doc: Document,
  range: Range,
  map: TextMap = buildTextMap(doc.body),
): void {
  const selectors = describe(range, doc.body, map);
  const expected = squash(range.toString());
  expect(selectors.length, `describe gave nothing for ${JSON.stringify(expected)}`).toBe(3);
  const found = anchor(map, selectors);
  expect(found?.method).toBe('position');
  expect(found?.confidence).toBe(1);
  expect(squash(found!.range.toString())).toBe(expected);
}
