import type { Page } from 'playwright-core';

/**
 * Selects `text` on the page as a reader would: a mouse drag from its first character to its last.
 * Whitespace in `text` matches any run of whitespace in the page. Returns what the browser selected.
 */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<string> {
  const box = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('script,style,noscript,gloss-ui') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        starts.push(all.length);
        all += (n as Text).data;
      }
      const pattern = new RegExp(text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
      let match: RegExpExecArray | null = null;
      for (let i = 0; i <= occurrence; i++) match = pattern.exec(all);
      if (!match) return null;
      const locate = (offset: number) => {
        let i = 0;
        while (i + 1 < nodes.length && starts[i + 1] <= offset) i++;
        return { node: nodes[i], offset: offset - starts[i] };
      };
      const s = locate(match.index);
      const e = locate(match.index + match[0].length - 1);
      const range = document.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset + 1);
      (s.node.parentElement as Element).scrollIntoView({ block: 'center' });
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    { text, occurrence },
  );
  if (!box) throw new Error(`Text not found on the page: ${text}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** Every range painted through the CSS Custom Highlight API, as [highlight name, text]. */
export async function paintedRanges(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => {
    const out: [string, string][] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) for (const r of h) out.push([name, r.toString()]);
    return out;
  });
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Painted texts, whitespace collapsed, sorted: easy to compare with expected quotes. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return (await paintedRanges(page)).filter(([name]) => name !== 'gloss-flash').map(([, t]) => collapse(t)).sort();
}

/** Waits until Gloss's content script has mounted its UI host in the page. */
export async function waitForGloss(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('gloss-ui'), null, { timeout: 15_000 });
}

export async function waitForPainted(page: Page, count: number, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = await paintedTexts(page);
    if (texts.length >= count) return texts;
    await page.waitForTimeout(100);
  }
  return texts;
}
