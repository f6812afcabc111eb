/**
 * Turns a reader's selection into selectors worth storing. Everything is expressed in the text map's
 * rendered text (whitespace collapsed), so a quote survives re-indentation and markup changes.
 */
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../../model';
import { offsetsFromRange, rangeFromOffsets } from './range-offsets';
import { buildTextMap, type TextMap } from './text-map';
import { xpathFromNode } from './xpath';

export const CONTEXT_LENGTH = 32;

/** Returns [] for a selection with no visible text (collapsed, or only whitespace). */
export function describe(range: Range, root: Node, map: TextMap = buildTextMap(root)): Selector[] {
  const { text } = map;
  let { start, end } = offsetsFromRange(map, range);
  // A double-click or drag often takes the space after a word along; it is not part of the quote.
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (start >= end) return [];

  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  // Re-derived from the offsets so both ends sit in text nodes, whatever the selection's did.
  const dom = rangeFromOffsets(map, start, end);
  const hint: RangeSelector = {
    type: 'RangeSelector',
    startContainer: xpathFromNode(dom.startContainer, root),
    startOffset: dom.startOffset,
    endContainer: xpathFromNode(dom.endContainer, root),
    endOffset: dom.endOffset,
  };
  return [quote, position, hint];
}
