import { browser } from 'wxt/browser';

/**
 * Gloss's replacement for WXT's `ContentScriptContext` (wired in wxt.config.ts by an alias of
 * `wxt/utils/content-script-context`, the module WXT's content-script entry imports).
 *
 * WXT's own context announces itself to the page with `window.postMessage` (naming the extension id)
 * and ends itself when the page dispatches a matching `CustomEvent`; it reports URL changes as a DOM
 * event on `window` that a page can dispatch too (wxt-dev/wxt #1359, #1937). Any page could switch
 * Gloss off or point it at another URL that way. This one keeps the same API and sends the page
 * nothing:
 * - it ends when the extension is gone (`browser.runtime.id` undefined after a reload or
 *   uninstall), checked whenever code asks `isValid`, and
 * - when a newer copy of the content script starts in the same frame, the background tells the
 *   older one through `tabs.sendMessage`, naming the newer copy's random id — a nonce only the
 *   extension knows (see `supersededBy`);
 * - URL changes come from the Navigation API's `navigate` events the browser makes (isTrusted), or
 *   a one-second check of `location.href` where that API is missing, and go straight to the
 *   handler, never through the page's event system.
 */
export class ContentScriptContext {
  /** Random per copy of the script: the background names it to end older copies. */
  readonly id = crypto.randomUUID();
  readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => !this.signal.aborted && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Like `target.addEventListener`, removed when the context ends. `wxt:locationchange` is not a
   * DOM event here: the handler is called with `{ newUrl, oldUrl }` by the location watcher.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange')
      return this.watchLocation(handler as (change: LocationChange) => void);
    target.addEventListener?.(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** Ends this copy if the background names a newer one in the same frame. */
  supersededBy(newerId: string): void {
    if (newerId !== this.id) this.notifyInvalidated();
  }

  notifyInvalidated(): void {
    this.abortController.abort('Content script context invalidated');
  }

  private watchLocation(handler: (change: LocationChange) => void): void {
    let last = new URL(location.href);
    const report = (next: URL) => {
      if (next.href === last.href || !this.isValid) return;
      const change = { newUrl: next, oldUrl: last };
      last = next;
      handler(change);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      // `navigate` fires before location.href changes: the destination is the URL being loaded.
      navigation.addEventListener(
        'navigate',
        (event) => {
          const destination = (event as Event & { destination?: { url: string } }).destination;
          if (event.isTrusted && destination) report(new URL(destination.url));
        },
        { signal: this.signal },
      );
    } else {
      this.setInterval(() => report(new URL(location.href)), 1000);
    }
  }
}

export interface LocationChange {
  newUrl: URL;
  oldUrl: URL;
}
