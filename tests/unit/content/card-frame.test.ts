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

  const invisible = (iframe: HTMLIFrameElement) =>
    iframe.parentElement!.classList.contains('pending');

  it('loads one card ahead, hidden, and the next card opens in it, invisible until the card is ready', () => {
    const frame = createCardFrame(document, () => {}, noWatch);
    expect(frame.prepared).toBe(false);
    frame.prepare();
    frame.prepare(); // one is enough
    expect(frame.prepared).toBe(true);
    expect(cardHosts()).toHaveLength(1);
    expect(iframes).toHaveLength(1);
    expect(iframes[0].getAttribute('src')).toMatch(/card\.html$/);
    openCard(frame);
    expect(frame.prepared).toBe(false);
    expect(cardHosts()).toHaveLength(1);
    expect(iframes).toHaveLength(1); // no new frame in the reader's keypress
    expect(invisible(iframes[0])).toBe(true); // until the card says, on its port, that it is ready
    expect(frame.openId).toBe('a1');
  });

  it('opens a card in a new frame when none was built ahead, and builds the next one afresh', () => {
    const frame = createCardFrame(document, () => {}, noWatch);
    openCard(frame);
    expect(iframes).toHaveLength(1);
    expect(iframes[0].getAttribute('src')).toMatch(/card\.html$/);
    frame.prepare();
    expect(iframes).toHaveLength(2);
    openCard(frame, 'a2');
    expect(iframes).toHaveLength(2);
    expect(frame.openId).toBe('a2');
  });

  it('hides a closed card at once and takes its frame off the page a moment later; removes a card built ahead when the script goes away', () => {
    vi.useFakeTimers();
    try {
      const frame = createCardFrame(document, () => {}, noWatch);
      openCard(frame);
      frame.close();
      expect(frame.openId).toBeNull();
      expect(invisible(iframes[0])).toBe(true);
      vi.advanceTimersByTime(200);
      expect(cardHosts()).toHaveLength(0);
      frame.prepare();
      expect(cardHosts()).toHaveLength(1);
      frame.dispose();
      expect(cardHosts()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
