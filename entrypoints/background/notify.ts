import { browser } from 'wxt/browser';
import type { FrameRef, FrameRegistry } from '@/utils/protocol/frame-registry';

/**
 * Tells the content scripts showing an article that its annotations changed (from the card, the
 * popup, the library, another tab), so they reload and repaint: only those frames (the registry
 * knows which article each frame shows), and never the frame that made the change. Without an
 * article (an import, "delete everything") every registered frame hears it.
 */
export async function notifyFrames(
  registry: FrameRegistry,
  articleUrl: string | undefined,
  except?: FrameRef,
): Promise<void> {
  for (const { tabId, frameId } of await registry.framesFor(articleUrl, except)) {
    browser.tabs
      .sendMessage(
        tabId,
        { type: 'content:refresh', payload: articleUrl ? { articleUrl } : {} },
        { frameId },
      )
      .catch(() => {
        // The frame navigated away or closed since it registered: nothing to repaint.
      });
  }
}
