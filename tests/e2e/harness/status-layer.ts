import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface StatusBox {
  className: string;
  top: number;
  borderBottomStyle: string;
  borderBottomColor: string;
}

/**
 * The boxes of Gloss's claim status layer, read with the DevTools protocol, which reaches into
 * closed shadow roots (a page's scripts cannot). In page order, top to bottom.
 */
export async function statusBoxes(page: Page): Promise<StatusBox[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const divs: DomNode[] = [];
    const walk = (node: DomNode, inLayer: boolean) => {
      if (inLayer && node.localName === 'div') divs.push(node);
      const layer = inLayer || node.localName === 'gloss-status';
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])])
        walk(child, layer);
    };
    walk(root, false);
    const boxes: StatusBox[] = [];
    for (const div of divs) {
      const attrs = new Map<string, string>();
      for (let i = 0; i + 1 < (div.attributes ?? []).length; i += 2)
        attrs.set(div.attributes![i], div.attributes![i + 1]);
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
        nodeId: div.nodeId,
      })) as { computedStyle: { name: string; value: string }[] };
      const css = (name: string) => computedStyle.find((p) => p.name === name)?.value ?? '';
      boxes.push({
        className: attrs.get('class') ?? '',
        top: parseFloat(css('top')),
        borderBottomStyle: css('border-bottom-style'),
        borderBottomColor: css('border-bottom-color'),
      });
    }
    return boxes.sort((a, b) => a.top - b.top);
  } finally {
    await cdp.detach();
  }
}

/**
 * Everything a page's own scripts can read that could carry a claim's status, as one string:
 * Gloss's highlight names, their ranges and computed ::highlight styles; the DOM with every open
 * shadow root; the status layer's host (attributes, shadowRoot, box, computed style); what is
 * under the pointer at each painted claim; running animations.
 */
export function whatThePageSees(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const registry = CSS.highlights as unknown as Map<string, Set<Range> & { priority: number }>;
    const claims: Range[] = [];
    for (const [name, h] of registry) {
      out.push(`highlight ${name} ${h.priority} ${[...h].map((r) => r.toString()).sort()}`);
      if (name === 'gloss-claim') claims.push(...h);
      const style = getComputedStyle(document.body, `::highlight(${name})`);
      out.push(`${style.textDecoration} ${style.backgroundColor} ${style.color}`);
    }
    const dom = (root: Document | ShadowRoot): string => {
      let html = root instanceof Document ? root.documentElement.outerHTML : root.innerHTML;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) html += dom(el.shadowRoot);
      return html;
    };
    out.push(dom(document));
    const host = document.querySelector('gloss-status') as HTMLElement | null;
    out.push(`status host ${!!host} shadowRoot ${host?.shadowRoot ?? 'none'}`);
    if (host) {
      const b = host.getBoundingClientRect();
      out.push(
        `${[...host.attributes].map((a) => `${a.name}=${a.value}`)} ${b.x},${b.y},${b.width},${b.height}`,
      );
      const cs = getComputedStyle(host);
      for (let i = 0; i < cs.length; i++) out.push(`${cs[i]}:${cs.getPropertyValue(cs[i])}`);
    }
    for (const r of claims) {
      const b = r.getBoundingClientRect();
      out.push(
        document
          .elementsFromPoint(b.left + b.width / 2, b.bottom - 1)
          .map((e) => e.localName)
          .join(','),
      );
    }
    out.push(`animations ${document.getAnimations().length}`);
    return out.join('\n');
  });
}
