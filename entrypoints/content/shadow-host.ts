import type { ContentScriptContext } from '@/utils/page/content-script-context';

export interface ShadowHost {
  readonly shadowHost: HTMLElement;
  mount(): void;
  remove(): void;
}

interface Options<T> {
  name: string;
  css: string;
  onMount(container: HTMLElement, shadow: ShadowRoot, host: HTMLElement): T;
  onRemove(mounted: T | undefined): void;
}

/**
 * The in-page UI's host: a `<gloss-ui>` element, last in the body, with an open shadow root holding
 * its styles and a container. This is what WXT's createShadowRootUi did for Gloss (position
 * inline, no auto-mount), built the same way (an `<html>` with head and body inside the shadow
 * root, `:host { all: initial }` first), without the anchor watcher, element-name check and CSS
 * splitting it brought along: ~3 KB gzipped in a script injected into every page and frame.
 */
export function createShadowHost<T>(
  doc: Document,
  ctx: ContentScriptContext,
  options: Options<T>,
): ShadowHost {
  const host = doc.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const body = doc.createElement('body');
  const style = doc.createElement('style');
  // The page's `* { all: unset !important }` must not reach the host (see ui-css.ts).
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);

  let mounted: T | undefined;
  const ui: ShadowHost = {
    shadowHost: host,
    mount() {
      (doc.body ?? doc.documentElement).append(host);
      mounted = options.onMount(body, shadow, host);
    },
    remove() {
      options.onRemove(mounted);
      host.remove();
      body.replaceChildren();
      mounted = undefined;
    },
  };
  ctx.onInvalidated(() => ui.remove());
  return ui;
}
