// @vitest-environment node
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isTeaserList, teaserItems, withoutTeasers } from '../../../utils/page/teasers';

const parse = (html: string) =>
  new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

/** One teaser as france24-1 writes them: a label, a headline, a script, a "Read more" link. */
const teaser = (label: string, headline: string) =>
  `<div class="item"><script>var x = ${JSON.stringify('a'.repeat(400))};</script>` +
  `<div class="copy"><p class="place">${label}</p><h2>${headline}</h2></div>` +
  `<p class="more"><a href="/other">Read more</a></p></div>`;

const STORY =
  '<div id="story"><p>Ananta Bijoy Das, a blogger who advocated secularism, was attacked in ' +
  'Sylhet on Tuesday, police said.</p><p>After the attackers fled, Das was rushed to hospital.</p>' +
  '<p>Read more about it <a href="/x">here</a>.</p></div>';

describe('teaser lists', () => {
  const list = `<section id="list">${[
    teaser('ENCORE!', 'James Ellroy on his new novel'),
    teaser('MEDIAWATCH', 'The human cost of unrest in Burundi'),
    teaser('DEBATE', 'Burundi’s boiling point'),
  ].join('')}</section>`;

  it('finds each teaser whole: the largest short element around a "Read more" link, scripts not counted', () => {
    const items = teaserItems(parse(list + STORY));
    expect(items.map((el) => el.querySelector('h2')?.textContent)).toEqual([
      'James Ellroy on his new novel',
      'The human cost of unrest in Burundi',
      'Burundi’s boiling point',
    ]);
  });

  it('calls a block a teaser list only when three or more teasers make most of its text', () => {
    const doc = parse(list + STORY);
    expect(isTeaserList(doc.getElementById('list')!)).toBe(true);
    expect(isTeaserList(doc.getElementById('story')!)).toBe(false);
    // The same teasers beside a story five times as long are asides, not the page.
    const long = parse(
      list + STORY.replace(/<\/div>$/, `<p>${'Words of the story. '.repeat(60)}</p></div>`),
    );
    expect(isTeaserList(long.body)).toBe(false);
  });

  it('removes the teasers from a copy, never from the page itself', () => {
    const doc = parse(list + STORY);
    const copy = withoutTeasers(doc);
    expect(copy.body.textContent).not.toContain('Ellroy');
    expect(copy.body.textContent).toContain('Ananta Bijoy Das');
    expect(doc.body.textContent).toContain('Ellroy');
  });
});
