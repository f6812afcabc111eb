import nodeConsole from 'node:console';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardFrame } from '../../../entrypoints/content/card-frame';
import type { ViewportWatch } from '../../../entrypoints/content/viewport';

const noWatch = { add: () => () => {} } as unknown as ViewportWatch;
const cardHosts = () => [...document.body.children].filter((e) => e.localName === 'gloss-card');
const openCard = (frame: ReturnType<typeof createCardFrame>, id = 'a1') =>
  frame.open(id, () => null, { x: 10, y: 10 }, new Promise<string>(() => {}), false);

describe('CardFrame: a frame built ahead for the next card', () => {
  let iframes: HTMLIFrameElement[];
  beforeEach(() => {
    // The test DOM loads no frame's page, and says so on Node's console each time a frame is pointed anywhere.
    vi.spyOn(nodeConsole, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<p>The ministry said 18 firms were built.</p>';
    iframes = [];
    // The host's shadow root is closed: note each iframe as it is made.
    const make = document.createElement.bind(document);
    document.createElement = ((name: string) => {
      const el = make(name);
      if (name === 'iframe') iframes.push(el as HTMLIFrameElement);
      return el;
    }) as typeof document.createElement;
    return () => {
      document.createElement = make;
      vi.restoreAllMocks();
    };
  });

  it('builds one hidden, empty frame ahead, and the next card opens in it', () => {
    const frame = createCardFrame(document, () => {}, noWatch);
    frame.prepare();
    frame.prepare(); // one is enough
    expect(cardHosts()).toHaveLength(1);
    expect(iframes).toHaveLength(1);
    expect(iframes[0].getAttribute('src')).toBeNull();
    openCard(frame);
    expect(cardHosts()).toHaveLength(1);
    expect(iframes).toHaveLength(1); // no new frame in the reader's keypress
    expect(iframes[0].getAttribute('src')).toMatch(/card\.html$/);
    expect(frame.openId).toBe('a1');
  });

  it('throws the frame away when a document loads in it before it is used (the page reached it), and opens the card in a new one', () => {
    const frame = createCardFrame(document, () => {}, noWatch);
    frame.prepare();
    const [spare] = iframes;
    // The page pointed it elsewhere: another document, not the frame's own empty one.
    Object.defineProperty(spare, 'contentDocument', { get: () => null });
    spare.dispatchEvent(new Event('load'));
    expect(spare.isConnected).toBe(false);
    expect(cardHosts()).toHaveLength(0);
    openCard(frame);
    expect(iframes).toHaveLength(2);
    expect(iframes[1].getAttribute('src')).toMatch(/card\.html$/);
  });

  it('keeps the frame through its own empty document loading, and removes it when the script goes away', () => {
    const frame = createCardFrame(document, () => {}, noWatch);
    frame.prepare();
    const [spare] = iframes;
    Object.defineProperty(spare, 'contentDocument', { get: () => ({ URL: 'about:blank' }) });
    spare.dispatchEvent(new Event('load'));
    expect(spare.isConnected).toBe(true);
    frame.dispose();
    expect(cardHosts()).toHaveLength(0);
  });
});
