/**
 * The page's HTML as a string, for Readability to parse in an extension document instead of on the
 * page's main thread. `outerHTML` of the whole document is one native call whose cost grows with the
 * page (10 ms on the longest corpus page, hundreds on a 100,000-element one), so a large element is
 * opened and its children serialized one by one, and the work yields to the page between slices:
 * no single task of Gloss's grows with the page. The page may change between slices; Readability is
 * a heuristic and reads a snapshot that is at worst a few slices apart.
 */

/**
 * The most HTML a page hands over for extraction, in UTF-16 units: a message must stay under
 * Chrome's 64 MiB, and a longer page (16 M characters is ~50× the longest page in the corpus)
 * keeps the placeholder article record its first annotation saved.
 */
export const MAX_PAGE_HTML_CHARS = 16 * 1024 * 1024;

/** An element with more descendants than this is not serialized in one call but child by child. */
export const SLICE_ELEMENTS = 1500;

/** When to give the page its main thread back, and how to wait for it to be idle again. */
export interface Slicer {
  /** True once the current slice has used its time. */
  spent(): boolean;
  /** Resolves in a later task, when the page is idle; starts a new slice. */
  next(): Promise<void>;
}

/** Slices of at most `sliceMs`, each started in an idle callback (a timer where there is none). */
export function idleSlicer(win: Window, sliceMs = 8): Slicer {
  let started = performance.now();
  return {
    spent: () => performance.now() - started >= sliceMs,
    next: () =>
      new Promise((resolve) => {
        const begin = () => ((started = performance.now()), resolve());
        // The timeout keeps a busy or background page from starving the first annotation's article.
        if (typeof win.requestIdleCallback === 'function')
          win.requestIdleCallback(begin, { timeout: 500 });
        else win.setTimeout(begin, 0);
      }),
  };
}

/**
 * `doc.documentElement` as HTML, as its outerHTML is, without the elements matching the `skip`
 * selector (Gloss's own UI). Text is escaped as the HTML serializer escapes it, so a page's text can never turn into
 * markup in the copy; the copy is parsed only as inert data (DOMParser) on the other side anyway.
 */
export async function serializePage(
  doc: Document,
  slicer: Slicer,
  skip: string | null = null,
  sliceElements = SLICE_ELEMENTS,
): Promise<string> {
  const parts: string[] = [];
  await slicer.next();

  const visit = async (el: Element): Promise<void> => {
    if (skip && el.matches(skip)) return;
    // A skipped element inside a small subtree would survive its outerHTML: such a subtree is sliced too.
    if (el.getElementsByTagName('*').length <= sliceElements && !(skip && el.querySelector(skip))) {
      parts.push(el.outerHTML);
    } else {
      const [open, close] = tagsOf(el);
      parts.push(open);
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (slicer.spent()) await slicer.next();
        if (child.nodeType === 1 /* ELEMENT_NODE */) await visit(child as Element);
        else if (child.nodeType === 3 /* TEXT_NODE */) parts.push(escapeText((child as Text).data));
        else if (child.nodeType === 8 /* COMMENT_NODE */)
          parts.push(`<!--${(child as Comment).data}-->`);
      }
      parts.push(close);
    }
  };
  await visit(doc.documentElement);
  return parts.join('');
}

/** The element's own start and end tags, as the browser serializes them (attributes escaped). */
function tagsOf(el: Element): [string, string] {
  const html = (el.cloneNode(false) as Element).outerHTML;
  // The end tag is the last `</` in a childless element's HTML (an attribute may contain `</`, not after it).
  const end = html.lastIndexOf('</');
  return end < 0 ? [html, ''] : [html.slice(0, end), html.slice(end)];
}

/** The HTML serializer's escaping of text outside raw-text elements (a sliced element never is one). */
export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}
