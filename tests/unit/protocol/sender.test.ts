// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allows, classifySender, contentMayTouch } from '../../../utils/protocol/sender';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;

describe('classifySender', () => {
  it('an extension page of ours is "extension", with or without a tab', () => {
    expect(classifySender({ id: OWN_ID, url: `${ORIGIN}popup.html` }, OWN_ID, ORIGIN)).toBe(
      'extension',
    );
    expect(
      classifySender(
        { id: OWN_ID, url: `${ORIGIN}library.html#entities`, tabId: 4 },
        OWN_ID,
        ORIGIN,
      ),
    ).toBe('extension');
    const firefox = 'moz-extension://6f1c2a3b-0000-4000-8000-000000000001/';
    expect(
      classifySender(
        { id: 'gloss@example', url: `${firefox}popup.html` },
        'gloss@example',
        firefox,
      ),
    ).toBe('extension');
  });

  it('our content script in a tab is "content"', () => {
    expect(
      classifySender(
        { id: OWN_ID, url: 'https://www.bbc.com/news/world-1', tabId: 12 },
        OWN_ID,
        ORIGIN,
      ),
    ).toBe('content');
    expect(
      classifySender({ id: OWN_ID, url: 'https://www.bbc.com/', tabId: 0 }, OWN_ID, ORIGIN),
    ).toBe('content');
  });

  it('refuses other extensions, even with our URL', () => {
    expect(
      classifySender({ id: 'someoneelse', url: `${ORIGIN}popup.html` }, OWN_ID, ORIGIN),
    ).toBeNull();
    expect(
      classifySender({ id: 'someoneelse', url: 'https://www.bbc.com/', tabId: 1 }, OWN_ID, ORIGIN),
    ).toBeNull();
    expect(classifySender({ url: 'https://www.bbc.com/', tabId: 1 }, OWN_ID, ORIGIN)).toBeNull();
  });

  it('refuses a sender with no URL, and a web sender with no tab', () => {
    expect(classifySender({ id: OWN_ID, tabId: 1 }, OWN_ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: OWN_ID, url: 'https://www.bbc.com/' }, OWN_ID, ORIGIN)).toBeNull();
  });

  it("another extension's page is not an extension page of ours", () => {
    expect(
      classifySender(
        { id: OWN_ID, url: 'chrome-extension://otherextensionid/page.html', tabId: 3 },
        OWN_ID,
        ORIGIN,
      ),
    ).toBe('content');
    // The origin ends in a slash, so a longer id that starts with ours does not pass for ours.
    expect(
      classifySender(
        { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/page.html`, tabId: 3 },
        OWN_ID,
        ORIGIN,
      ),
    ).toBe('content');
  });
});

describe('allows', () => {
  it('matches rules to kinds', () => {
    expect(allows('any', 'content')).toBe(true);
    expect(allows('any', 'extension')).toBe(true);
    expect(allows('content', 'content')).toBe(true);
    expect(allows('content', 'extension')).toBe(false);
    expect(allows('extension', 'extension')).toBe(true);
    expect(allows('extension', 'content')).toBe(false);
  });
});

describe('contentMayTouch', () => {
  it("allows the page's own origin, whatever the path (single-page apps move on)", () => {
    expect(
      contentMayTouch('https://www.bbc.com/news/world-1', 'https://www.bbc.com/news/world-1'),
    ).toBe(true);
    expect(
      contentMayTouch('https://www.bbc.com/news/world-2#top', 'https://www.bbc.com/news/world-1'),
    ).toBe(true);
  });

  it('treats a leading www. as the same site, as canonical aliases do', () => {
    expect(
      contentMayTouch('https://bbc.com/news/world-1', 'https://www.bbc.com/news/world-1'),
    ).toBe(true);
  });

  it('refuses other sites: host, subdomain, scheme and port all count', () => {
    expect(contentMayTouch('https://evil.example/x', 'https://www.bbc.com/news/world-1')).toBe(
      false,
    );
    expect(
      contentMayTouch('https://news.bbc.com/world-1', 'https://www.bbc.com/news/world-1'),
    ).toBe(false);
    expect(
      contentMayTouch('http://www.bbc.com/news/world-1', 'https://www.bbc.com/news/world-1'),
    ).toBe(false);
    expect(contentMayTouch('https://www.bbc.com:8443/news', 'https://www.bbc.com/news')).toBe(
      false,
    );
    expect(
      contentMayTouch('https://www.bbc.com.evil.example/news', 'https://www.bbc.com/news'),
    ).toBe(false);
  });

  it("refuses a page's canonical URL on another origin", () => {
    // The hostile page says its canonical is the victim's story: the page's own URL is what counts.
    expect(contentMayTouch('https://evil.example/copy', 'https://victim-news.example/story')).toBe(
      false,
    );
  });

  it('refuses unparseable URLs and opaque origins', () => {
    expect(contentMayTouch('not a url', 'https://www.bbc.com/')).toBe(false);
    expect(contentMayTouch('https://www.bbc.com/', 'not a url')).toBe(false);
    expect(contentMayTouch('not a url', 'not a url')).toBe(false);
    expect(contentMayTouch('about:blank', 'about:blank')).toBe(false);
    expect(contentMayTouch('data:text/html,<p>x', 'file:///home/reader/notes.html')).toBe(false);
  });
});
