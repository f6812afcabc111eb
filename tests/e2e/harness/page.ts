import type { Frame, Page } from 'playwright-core';

/**
 * Selects `text` on the page as a reader would: a mouse drag from its first character to its last.
 * Whitespace in `text` matches any run of whitespace in the page. Returns what the browser selected.
 */
export async function selectText(
  page: Page,
  text: string,
  occurrence = 0,
  frame: Frame = page.mainFrame(),
): Promise<string> {
  // Plain loops and index writes only: a hostile page may have replaced Array.prototype.map/push,
  // JSON and friends in the main world, where this runs.
  const found = await frame.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (parent && parent.closest('script,style,noscript,gloss-ui')) continue;
        nodes[nodes.length] = n as Text;
        starts[starts.length] = all.length;
        all += (n as Text).data;
      }
      const words = text.trim().split(/\s+/);
      let source = '';
      for (let i = 0; i < words.length; i++)
        source += (i ? '\\s+' : '') + words[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(source, 'g');
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
      const rects = range.getClientRects();
      let first: DOMRect | null = null;
      let last: DOMRect | null = null;
      for (let i = 0; i < rects.length; i++) {
        if (rects[i].width <= 0) continue;
        first ??= rects[i];
        last = rects[i];
      }
      if (!first || !last) return null;
      // A plain string survives even a page that replaced JSON.stringify.
      return [
        first.left + 1,
        first.top + first.height / 2,
        last.right - 1,
        last.top + last.height / 2,
      ].join(',');
    },
    { text, occurrence },
  );
  if (!found) throw new Error(`Text not found on the page: ${text}`);
  const [x1, y1, x2, y2] = found.split(',').map(Number);
  const box = { x1, y1, x2, y2 };
  // Mouse coordinates are the top page's; a frame's content is offset by where the frame sits.
  const offset =
    frame === page.mainFrame()
      ? { x: 0, y: 0 }
      : await (await frame.frameElement()).boundingBox().then((b) => ({ x: b!.x, y: b!.y }));
  box.x1 += offset.x;
  box.x2 += offset.x;
  box.y1 += offset.y;
  box.y2 += offset.y;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  return frame.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** Every range painted through the CSS Custom Highlight API, as [highlight name, text]. */
export async function paintedRanges(page: Page | Frame): Promise<[string, string][]> {
  // textContent of a clone rather than Range#toString, which a hostile page may have replaced.
  // Returned as one string: a hostile page may also have broken how arrays serialize.
  const flat = await page.evaluate(() => {
    let out = '';
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
      for (const r of h) out += `${name}\u0001${r.cloneContents().textContent ?? ''}\u0002`;
    return out;
  });
  return flat
    .split('\u0002')
    .filter(Boolean)
    .map((entry) => entry.split('\u0001') as [string, string]);
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Painted texts, whitespace collapsed, sorted: easy to compare with expected quotes. */
export async function paintedTexts(page: Page | Frame): Promise<string[]> {
  return (await paintedRanges(page))
    .filter(([name]) => name !== 'gloss-flash')
    .map(([, t]) => collapse(t))
    .sort();
}

/** Waits until Gloss's content script has mounted its UI host in the page. */
export async function waitForGloss(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('gloss-ui'), null, { timeout: 15_000 });
}

export async function waitForPainted(
  page: Page | Frame,
  count: number,
  timeout = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = await paintedTexts(page);
    if (texts.length >= count) return texts;
    await new Promise((r) => setTimeout(r, 100));
  }
  return texts;
}

/** Selects `text` with the mouse and clicks a toolbar button, as a reader tags; fails if the drag selected anything else. */
export async function tagText(
  page: Page,
  text: string,
  button: string,
  occurrence = 0,
): Promise<void> {
  const selected = await selectText(page, text, occurrence);
  if (collapse(selected) !== collapse(text))
    throw new Error(`The drag selected "${selected}" instead of "${text}"`);
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** Frames of Gloss's annotation card (card.html, framed in a closed shadow root beside the selection). */
export const cardFrames = (page: Page): Frame[] =>
  page
    .frames()
    .filter((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()) && !f.isDetached());

/** A frame's answer, or `fallback` when it gives none in time (a hidden, pre-loaded card frame may never answer). */
const within = <T>(work: Promise<T>, fallback: T, ms = 1000): Promise<T> =>
  Promise.race([
    work.catch(() => fallback),
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms)),
  ]);

/** The open annotation card's frame, once it shows an annotation. */
export async function cardFrame(page: Page, timeout = 5000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of cardFrames(page)) {
      if (await within(frame.locator('[role=dialog]').count(), 0)) return frame;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('No Gloss card opened.');
}

/** What has the keyboard focus: the card's labelled field (its label text), or null when the page has it. */
export async function focusedCardField(page: Page): Promise<string | null> {
  for (const frame of cardFrames(page)) {
    const label = await within(
      frame.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || !document.hasFocus()) return null;
        return (
          (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || el.tagName
        );
      }),
      null,
    );
    if (label) return label;
  }
  return null;
}

/** Waits for the card a tag just opened, then closes it with Escape as the reader would. */
export async function closeCard(page: Page): Promise<void> {
  await cardFrame(page);
  await page.keyboard.press('Escape');
  const deadline = Date.now() + 5000;
  while (cardFrames(page).length > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
}

/** Sends one Gloss message from an extension page (library, side panel) as that page would, and returns the reply. */
export function sendFromExtensionPage(
  page: Page,
  type: string,
  payload: unknown,
): Promise<unknown> {
  return page.evaluate(
    ([type, payload]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  );
}
