import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../utils/page/content-script-context';

describe("Gloss's content-script context", () => {
  it('tells the page nothing when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    new ContentScriptContext('content');
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    posted.mockRestore();
    dispatched.mockRestore();
  });

  it("is not ended by anything a page can dispatch: WXT's started message, CustomEvents, fake URL changes", () => {
    const ctx = new ContentScriptContext('content');
    const onUrl = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', onUrl);
    for (const id of [fakeBrowser.runtime.id, 'undefined']) {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(
        new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type, contentScriptName: 'content', messageId: 'forged' },
        }),
      );
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(ctx.isValid).toBe(true);
    expect(onUrl).not.toHaveBeenCalled();
  });

  it('ends when the background names a newer copy in the same frame, not for its own id', () => {
    const older = new ContentScriptContext('content');
    const ended = vi.fn();
    older.onInvalidated(ended);
    older.supersededBy(older.id);
    expect(older.isValid).toBe(true);
    older.supersededBy(new ContentScriptContext('content').id);
    expect(older.isValid).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('listeners added through it end with it', () => {
    const ctx = new ContentScriptContext('content');
    const handler = vi.fn();
    ctx.addEventListener(document, 'mouseup', handler);
    document.dispatchEvent(new MouseEvent('mouseup'));
    ctx.notifyInvalidated();
    document.dispatchEvent(new MouseEvent('mouseup'));
    expect(handler).toHaveBeenCalledOnce();
  });
});
