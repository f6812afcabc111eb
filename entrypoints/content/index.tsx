import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { render } from 'preact';
import './highlights.css';
import {
  contentMessages,
  type ContentMessageType,
  type ContentResponses,
} from '@/utils/protocol/content-messages';
import { parseEnvelope, type Reply } from '@/utils/protocol/envelope';
import type { ContentScriptContext } from '@/utils/page/content-script-context';
import { App } from './App';
import { createPageSession } from './session';
import { createPageUi } from './ui-controller';
import { UI_HOST_TAG } from './ui-host';
import { watchPage } from './page-watch';
import { createContentHandlers } from './handlers';
import { createCardFrame } from './card-frame';
import { UI_CSS } from './ui-css';
import { reportAnchors } from './anchor-reports';
import { createShadowHost } from './shadow-host';
import { watchViewport, type Listen } from './viewport';
import { createStatusLayer } from './status-layer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(wxtCtx) {
    // wxt.config.ts swaps WXT's context for Gloss's, which sends the page no signal and cannot be ended by one.
    const ctx = wxtCtx as unknown as ContentScriptContext;
    let overlay: HTMLElement | null = null;
    const session = createPageSession(document, () => overlay ?? document.body, ctx.id);
    const listen: Listen = (target, type, handler, options) =>
      ctx.addEventListener(target, type as never, handler as never, options);
    const watch = watchViewport(document, listen);
    const card = createCardFrame(document, (message) => ui.showError(message), watch);
    ctx.onInvalidated(() => card.dispose());
    const ui = createPageUi(document, session, card, listen as never);
    // Claim statuses, underlined where the page cannot read them (status-layer.ts).
    const status = createStatusLayer(document, () => session.claimUnderlines(), watch);
    session.subscribe(status.update);
    ctx.onInvalidated(() => {
      watch.stop();
      status.remove();
    });
    const handlers = createContentHandlers(session, ui, ctx);

    // Registered before any await, so the popup can talk to a page that is still restoring.
    const onMessage = (
      message: unknown,
      sender: { id?: string; tab?: unknown },
      sendResponse: (reply: unknown) => void,
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab || ctx.isInvalid) return; // only the extension's own pages and background
      const parsed = parseEnvelope(contentMessages, message);
      if (!parsed.ok) return void sendResponse(parsed);
      const type = parsed.type as ContentMessageType;
      (handlers[type] as (p: unknown) => Promise<ContentResponses[typeof type]>)(parsed.payload)
        .then((value): Reply<unknown> => ({ ok: true, value }))
        .catch((error: Error): Reply<unknown> => ({ ok: false, error: error.message }))
        .then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const mountUi = createShadowHost(document, ctx, {
      name: UI_HOST_TAG,
      css: UI_CSS,
      onMount(container, _shadow, host) {
        host.setAttribute('data-gloss-ui', '');
        overlay = document.createElement('div');
        overlay.className = 'gloss-overlay';
        container.append(overlay);
        const root = document.createElement('div');
        container.append(root);
        render(<App session={session} ui={ui} watch={watch} />, root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    mountUi.mount();
    watchPage(ctx, session, mountUi);
    reportAnchors(session, (stop) => ctx.onInvalidated(stop));
    await session.load().catch((error: Error) => {
      session.setError(`Gloss could not load this page's annotations: ${error.message}`);
    });
  },
});
