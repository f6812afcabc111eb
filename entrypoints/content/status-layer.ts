import type { ClaimStatus } from '@/utils/model';
import { underlineRules } from '@/utils/model/status-underlines';
import { STATUS_HOST_TAG } from './ui-host';
import { lineRects, viewportSize, type ViewportWatch } from './viewport';

type Claims = () => readonly { range: Range; status: ClaimStatus }[];

/**
 * Each claim's status, underlined on the page where the page's scripts cannot see it.
 *
 * The status is the reader's verdict, a private claim field. Painting it with CSS.highlights
 * (a highlight per status) would hand it to the page, which can list highlight names and ranges;
 * so can anything in the open UI root. Here the underlines are boxes in a *closed* shadow root
 * that the page cannot open, on a host that looks the same whatever it shows (fixed over the
 * viewport, ignoring the pointer, styles set `!important` from inside), fed only from the content
 * script's isolated world. No animations: document.getAnimations() would reach into the root.
 */
export interface StatusLayer {
  /** The painted claims changed: redraw, and follow scrolling only while there are some. */
  update(): void;
  remove(): void;
}

const CSS = `:host{all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;overflow:hidden!important;contain:strict!important;z-index:2147483646!important;display:block!important}
div{position:absolute;height:4px;box-sizing:border-box}${underlineRules()}`;

export function createStatusLayer(
  doc: Document,
  claims: Claims,
  watch: ViewportWatch,
): StatusLayer {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let unfollow: (() => void) | null = null;

  const mount = () => {
    host = doc.createElement(STATUS_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    layer = doc.createElement('section');
    shadow.append(style, layer);
  };

  const draw = () => {
    const painted = claims();
    if (painted.length === 0 && !host) return; // a page without claims gets no layer
    if (!host) mount();
    // A page that removed the host gets it back (it only loses sight of the underlines meanwhile).
    if (!host!.isConnected) (doc.body ?? doc.documentElement).append(host!);
    const { height } = viewportSize(doc);
    const boxes: HTMLElement[] = [];
    for (const { range, status } of painted)
      for (const r of lineRects(range)) {
        if (r.bottom < 0 || r.top > height) continue; // off screen: drawn when scrolled to
        const box = doc.createElement('div');
        box.className = `s-${status}`;
        box.style.cssText = `left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px`;
        boxes.push(box);
      }
    layer!.replaceChildren(...boxes);
    if (painted.length && !unfollow) unfollow = watch.add(draw);
    else if (!painted.length && unfollow) {
      unfollow();
      unfollow = null;
    }
  };
  return {
    update: draw,
    remove() {
      unfollow?.();
      host?.remove();
      host = layer = unfollow = null;
    },
  };
}
