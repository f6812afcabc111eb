import { browser } from 'wxt/browser';
import { extractArticleFromHtml } from '@/utils/page/article-from-html';
import {
  isFromBackground,
  parseOffscreenRequest,
  type OffscreenReply,
} from '@/utils/protocol/offscreen-protocol';

/** Chrome's offscreen document (reason DOM_PARSER): Readability on pages' HTML, off their main threads. */
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const request = parseOffscreenRequest(message);
  // Not ours (the background answers those), or not from the background: no answer at all.
  if (
    !request ||
    !isFromBackground(sender, browser.runtime.id, browser.runtime.getURL('/background.js'))
  )
    return;
  let reply: OffscreenReply;
  try {
    reply = { ok: true, value: extractArticleFromHtml(request.html, request.url) };
  } catch (error) {
    reply = { ok: false, error: `Gloss could not read this article: ${(error as Error).message}` };
  }
  sendResponse(reply);
});
