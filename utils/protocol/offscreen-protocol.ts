import type { ArticleFound } from './page-shapes';
import type { Reply } from './envelope';
import { MAX_PAGE_HTML_CHARS } from '../page/page-snapshot';

/**
 * The one message the background sends its offscreen document. runtime.sendMessage reaches every
 * extension page, and content scripts' messages reach the offscreen document too, so it answers
 * only messages addressed to it, from the background's own service worker.
 */
export const OFFSCREEN_TARGET = 'gloss-offscreen';

export interface OffscreenRequest {
  target: typeof OFFSCREEN_TARGET;
  url: string;
  html: string;
}
export type OffscreenReply = Reply<ArticleFound | null>;

export function offscreenRequest(url: string, html: string): OffscreenRequest {
  return { target: OFFSCREEN_TARGET, url, html };
}

/** The request, if `message` is one addressed to the offscreen document; null for anything else. */
export function parseOffscreenRequest(message: unknown): OffscreenRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { target, url, html } = message as Partial<OffscreenRequest>;
  if (
    target !== OFFSCREEN_TARGET ||
    typeof url !== 'string' ||
    typeof html !== 'string' ||
    html.length > MAX_PAGE_HTML_CHARS
  )
    return null;
  return { target, url, html };
}

/** Only the background may ask: same extension, no tab (so not a content script), the worker's own URL. */
export function isFromBackground(
  sender: { id?: string; url?: string; tab?: unknown },
  ownId: string,
  backgroundUrl: string,
): boolean {
  return sender.id === ownId && sender.tab === undefined && sender.url === backgroundUrl;
}
