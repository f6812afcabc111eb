/**
 * Conversions between offsets in a TextMap's text and DOM Ranges. Ranges built here always start
 * and end inside text nodes, so the same characters come back whichever DOM draws them.
 */
import type { TextMap } from './text-map';
import { collapsedOffset, rawOffset } from './whitespace';

export interface Offsets {
  start: number;
  end: number;
}

/** Index of the node that contributed character `offset` of the text (binary search). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM position just before character `offset`, or with `after`, just after it. */
function domPosition(map: TextMap, offset: number, after: boolean): [Text, number] {
  const i = nodeIndexAt(map, offset);
  const node = map.nodes[i];
  const k = offset - map.starts[i] - map.leadingSpace[i];
  // k < 0: a carried-over space, which lives between nodes; this node's start stands in for it.
  if (k < 0) return [node, 0];
  return [node, Math.min(node.data.length, rawOffset(node.data, k) + (after ? 1 : 0))];
}

function ownerDocument(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

export function rangeFromOffsets(map: TextMap, start: number, end: number): Range {
  const range = ownerDocument(map.root).createRange();
  if (map.nodes.length === 0) {
    range.selectNodeContents(map.root);
    range.collapse(true);
    return range;
  }
  const from = Math.max(0, Math.min(start, map.text.length));
  const to = Math.max(from, Math.min(end, map.text.length));
  range.setStart(...domPosition(map, from, false));
  if (to > from) range.setEnd(...domPosition(map, to - 1, true));
  else range.collapse(true);
  return range;
}

/**
 * Offset in the text of a boundary point. Points in text nodes the map knows are computed
 * directly; anything else (an element, a skipped or blank text node) is placed by binary search
 * over the map's nodes in document order, with Range#comparePoint as the oracle.
 */
function boundaryOffset(map: TextMap, container: Node, offset: number, isEnd: boolean): number {
  const i = map.index.get(container);
  if (i !== undefined) {
    return map.starts[i] + map.leadingSpace[i] + collapsedOffset(map.nodes[i].data, offset);
  }
  const probe = ownerDocument(container).createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(map.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === map.nodes.length) return map.text.length;
  return map.starts[lo] + (isEnd ? 0 : map.leadingSpace[lo]);
}

export function offsetsFromRange(map: TextMap, range: Range): Offsets {
  const start = boundaryOffset(map, range.startContainer, range.startOffset, false);
  const end = boundaryOffset(map, range.endContainer, range.endOffset, true);
  return { start, end: Math.max(start, end) };
}
