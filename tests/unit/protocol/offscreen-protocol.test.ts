// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isFromBackground,
  offscreenRequest,
  OFFSCREEN_TARGET,
  parseOffscreenRequest,
} from '../../../utils/protocol/offscreen-protocol';
import { MAX_PAGE_HTML_CHARS } from '../../../utils/page/page-snapshot';

const OWN_ID = 'glossextensionidglossextensionid';
const BACKGROUND = `chrome-extension://${OWN_ID}/background.js`;

describe('the offscreen document answers only the background, only about extraction', () => {
  it('reads its own requests and nothing else', () => {
    expect(parseOffscreenRequest(offscreenRequest('https://news.example/a', '<p>x</p>'))).toEqual({
      target: OFFSCREEN_TARGET,
      url: 'https://news.example/a',
      html: '<p>x</p>',
    });
    // The background's own protocol reaches the offscreen document too: it is not answered there.
    expect(parseOffscreenRequest({ type: 'page:load', payload: {} })).toBeNull();
    expect(
      parseOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'https://news.example/a', html: 42 }),
    ).toBeNull();
    expect(
      parseOffscreenRequest({
        target: OFFSCREEN_TARGET,
        url: 'https://news.example/a',
        html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1),
      }),
    ).toBeNull();
    expect(parseOffscreenRequest(null)).toBeNull();
  });

  it('takes requests from the service worker only: not from content scripts, extension pages or other extensions', () => {
    expect(isFromBackground({ id: OWN_ID, url: BACKGROUND }, OWN_ID, BACKGROUND)).toBe(true);
    expect(
      isFromBackground(
        { id: OWN_ID, url: 'https://news.example/a', tab: { id: 3 } },
        OWN_ID,
        BACKGROUND,
      ),
    ).toBe(false);
    expect(
      isFromBackground({ id: OWN_ID, url: BACKGROUND, tab: { id: 3 } }, OWN_ID, BACKGROUND),
    ).toBe(false);
    expect(
      isFromBackground(
        { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
        OWN_ID,
        BACKGROUND,
      ),
    ).toBe(false);
    expect(isFromBackground({ id: 'another-extension', url: BACKGROUND }, OWN_ID, BACKGROUND)).toBe(
      false,
    );
    expect(isFromBackground({ id: OWN_ID }, OWN_ID, BACKGROUND)).toBe(false);
  });
});
