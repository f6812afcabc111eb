// @vitest-environment node
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isMenu, withoutNavigation } from '../../../utils/page/menus';

const parse = (html: string) =>
  new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

const MENU =
  '<header class="top-nav"><ul>' +
  ['Teams', 'Scores', 'Schedule', 'Standings', 'Stat Leaders', 'Power Rankings']
    .map((w) => `<li><a href="/${w}">${w}</a></li>`)
    .join('') +
  '</ul></header>';

const STORY =
  '<div id="story"><p>Quellbank has promoted its offensive coordinator, Dana Kiley, to head ' +
  'coach, the school announced on Friday.</p><p>Kiley <a href="/kiley">led the offense</a> ' +
  'for three seasons.</p></div>';

describe('a menu taken for the article', () => {
  it('is a block whose text is mostly link text', () => {
    const doc = parse(MENU + STORY);
    expect(isMenu(doc.querySelector('header')!)).toBe(true);
    // A story with a link in it is a story.
    expect(isMenu(doc.getElementById('story')!)).toBe(false);
    expect(isMenu(parse('<div id="empty"></div>').getElementById('empty')!)).toBe(false);
  });

  it('is left out of the copy Readability looks at again, the page itself untouched', () => {
    const doc = parse(`<nav><a href="/a">Home</a></nav>${MENU}${STORY}<footer>© Site</footer>`);
    const again = withoutNavigation(doc);
    expect(again.querySelector('nav, header, footer')).toBeNull();
    expect(again.getElementById('story')).not.toBeNull();
    expect(doc.querySelectorAll('nav, header, footer')).toHaveLength(3);
  });
});
