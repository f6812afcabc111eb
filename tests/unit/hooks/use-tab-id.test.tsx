import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { useTabId } from '../../../hooks/use-page-state';

let host: HTMLElement;
let seen: (number | null)[] = [];

function Probe({ follow }: { follow: boolean }) {
  seen.push(useTabId(null, follow));
  return null;
}

beforeEach(() => {
  fakeBrowser.reset();
  seen = [];
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  vi.restoreAllMocks();
});

describe('useTabId', () => {
  it('keeps the tab the reader switched to while the first answer was on its way', async () => {
    let answer!: (tabs: { id: number; windowId: number }[]) => void;
    vi.spyOn(fakeBrowser.tabs, 'query').mockReturnValue(
      new Promise((resolve) => (answer = resolve)) as never,
    );
    act(() => render(<Probe follow />, host));
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: 1 });
    });
    await act(async () => {
      answer([{ id: 3, windowId: 1 }]);
      await Promise.resolve();
    });
    expect(seen.at(-1)).toBe(7);
  });

  it('follows the tabs of its own window only', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, windowId: 1 }] as never);
    act(() => render(<Probe follow />, host));
    await act(async () => {
      await Promise.resolve();
    });
    expect(seen.at(-1)).toBe(3);
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 2 });
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    });
    expect(seen.at(-1)).toBe(4);
  });
});
