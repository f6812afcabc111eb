/**
 * Simple XPaths relative to an anchoring root, e.g. `/div[2]/p[3]/text()[1]`: one step per level,
 * element steps by lowercase local name, text nodes as `text()`, 1-based indices among siblings of
 * the same kind. The root itself is `/`. Evaluated by hand rather than with document.evaluate,
 * which not every DOM we run in implements.
 */
const ELEMENT = 1;
const TEXT = 3;

function stepName(node: Node): string | null {
  if (node.nodeType === ELEMENT) return (node as Element).localName;
  if (node.nodeType === TEXT) return 'text()';
  return null;
}

export function xpathFromNode(node: Node, root: Node): string {
  const steps: string[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    const name = stepName(n);
    if (!name) throw new Error('Only elements and text nodes have an XPath');
    let index = 1;
    for (let s = n.previousSibling; s; s = s.previousSibling) if (stepName(s) === name) index++;
    steps.push(`${name}[${index}]`);
    if (!n.parentNode) throw new Error('Node is not inside the root');
  }
  return '/' + steps.reverse().join('/');
}

const STEP = /^([\w.:-]+|text\(\))(?:\[(\d+)\])?$/;

export function nodeFromXPath(path: string, root: Node): Node | null {
  let node: Node | null = root;
  for (const step of path.split('/')) {
    if (!step) continue;
    const m = STEP.exec(step);
    if (!m || !node) return null;
    const name = m[1].toLowerCase();
    let remaining = m[2] ? Number(m[2]) : 1;
    let child: Node | null = node.firstChild;
    for (; child; child = child.nextSibling)
      if (stepName(child) === name && --remaining === 0) break;
    node = child;
  }
  return node;
}
