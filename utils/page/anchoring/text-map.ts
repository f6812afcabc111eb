/**
 * The page's text as a reader sees it, plus just enough bookkeeping to go between offsets in that
 * text and DOM positions. One entry per text node (not per character), so a 5 MB page stays cheap;
 * positions inside a node are recomputed on demand from the node's own data.
 */
import { collapseWhitespace, hasVisibleText, isSpace } from './whitespace';
import { BLOCK_ELEMENTS, separatesWords } from '../blocks';

export interface TextMap {
  root: Node;
  /** Rendered text: whitespace collapsed to single spaces, no leading or trailing space. */
  text: string;
  /** Text nodes that contributed at least one character, in document order. */
  nodes: Text[];
  /** starts[i]: offset in `text` of the first character contributed by nodes[i]. */
  starts: Uint32Array;
  /**
   * leadingSpace[i] = 1 when nodes[i]'s first character in `text` is a space carried over from
   * before it (a block boundary, a <br>, or whitespace at the end of the previous node).
   */
  leadingSpace: Uint8Array;
  index: Map<Node, number>;
}

// Not rendered, or not part of the page's prose (form controls keep their own text).
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'head',
  'iframe',
]);
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.localName) || el.hasAttribute('hidden') || el.hasAttribute('data-gloss-ui');
}

export function buildTextMap(root: Node): TextMap {
  return startTextMap(root).finish();
}

/** A text map built a slice at a time, so a long page's walk never blocks its main thread for long. */
export interface TextMapBuilder {
  readonly root: Node;
  /** Walks until `stop()` says to yield (checked every few hundred nodes) or the walk is done; true when done. */
  advance(stop: () => boolean): boolean;
  /** The map: walks whatever is left first. */
  finish(): TextMap;
}

/** How many nodes are walked between two checks of the slice's deadline. */
const NODES_PER_CHECK = 256;

export function startTextMap(root: Node): TextMapBuilder {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const leading: number[] = [];
  let length = 0;
  let pendingSpace = false;

  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const data = (node as Text).data;
      if (!hasVisibleText(data)) {
        pendingSpace ||= data.length > 0;
        return false;
      }
      const carry = (pendingSpace || isSpace(data.charCodeAt(0))) && length > 0;
      const core = collapseWhitespace(data);
      nodes.push(node as Text);
      starts.push(length);
      leading.push(carry ? 1 : 0);
      parts.push(carry ? ' ' + core : core);
      length += core.length + (carry ? 1 : 0);
      pendingSpace = isSpace(data.charCodeAt(data.length - 1));
      return false;
    }
    if (node.nodeType !== ELEMENT) return node.nodeType === 9 || node.nodeType === 11;
    const el = node as Element;
    if (isSkipped(el)) return false;
    if (separatesWords(el.localName)) pendingSpace = true;
    return true;
  };
  const leave = (node: Node): void => {
    if (
      node.nodeType === ELEMENT &&
      BLOCK_ELEMENTS.has((node as Element).localName) &&
      !isSkipped(node as Element)
    ) {
      pendingSpace = true;
    }
  };

  // Iterative pre-order walk (real pages nest deeply enough to make recursion a risk), resumable:
  // `node` is the next node to enter.
  let node: Node | null = root;
  const advance = (stop: () => boolean): boolean => {
    let walked = 0;
    while (node) {
      if (++walked % NODES_PER_CHECK === 0 && stop()) return false;
      if (enter(node) && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node) {
        leave(node);
        if (node === root) {
          node = null;
        } else if (node.nextSibling) {
          node = node.nextSibling;
          break;
        } else {
          node = node.parentNode;
        }
      }
    }
    return true;
  };

  let map: TextMap | null = null;
  return {
    root,
    advance: (stop) => map !== null || advance(stop),
    finish() {
      if (map) return map;
      advance(() => false);
      const index = new Map<Node, number>();
      nodes.forEach((n, i) => index.set(n, i));
      return (map = {
        root,
        text: parts.join(''),
        nodes,
        starts: Uint32Array.from(starts),
        leadingSpace: Uint8Array.from(leading),
        index,
      });
    },
  };
}
