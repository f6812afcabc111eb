// Runs in the default happy-dom environment on purpose: the module must work there as well as in jsdom.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, startTextMap } from '../../../../utils/page/anchoring/text-map';
import { offsetsFromRange, rangeFromOffsets } from '../../../../utils/page/anchoring/range-offsets';
import { nodeFromXPath, xpathFromNode } from '../../../../utils/page/anchoring/xpath';

// The global document rather than a DOMParser one: happy-dom's ranges only work in the window's own document.
function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextMap', () => {
  it('collapses whitespace and trims the ends', () => {
    expect(buildTextMap(body('  <p>  one \n\t two   </p>  ')).text).toBe('one two');
  });

  it('separates blocks and <br> but not inline elements', () => {
    const root = body(
      '<p>end.</p><p>Next <em>word</em>s<br>after</p><ul><li>a</li><li>b</li></ul>',
    );
    expect(buildTextMap(root).text).toBe('end. Next words after a b');
  });

  it('skips what is not rendered and our own UI', () => {
    const root = body(
      '<p>a<script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>' +
        '<textarea>ta</textarea><select><option>o</option></select><span hidden>h</span>' +
        '<div data-gloss-ui><p>ui <b>text</b></p></div>b</p>',
    );
    expect(buildTextMap(root).text).toBe('a b');
  });

  it('keeps whitespace that spans node boundaries to one space', () => {
    expect(buildTextMap(body('<p>one <b> two</b> <i> </i> three</p>')).text).toBe('one two three');
  });
});

describe('startTextMap (built in slices)', () => {
  const page = () =>
    body(
      Array.from(
        { length: 600 },
        (_, i) => `<p>Paragraph ${i} <b>bold</b> and <i>more</i>.</p><script>x()</script>`,
      ).join(''),
    );

  it('gives the same map as one walk, however many slices it takes', () => {
    const whole = buildTextMap(page());
    const builder = startTextMap(document.body);
    let slices = 0;
    while (!builder.advance(() => true)) slices += 1;
    expect(slices).toBeGreaterThan(5);
    const sliced = builder.finish();
    expect(sliced.text).toBe(whole.text);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect([...sliced.starts]).toEqual([...whole.starts]);
    expect([...sliced.leadingSpace]).toEqual([...whole.leadingSpace]);
  });

  it('finishes a walk that was only started, and keeps the map it made', () => {
    page();
    const builder = startTextMap(document.body);
    expect(builder.advance(() => true)).toBe(false);
    const map = builder.finish();
    expect(map.text).toBe(buildTextMap(document.body).text);
    expect(builder.finish()).toBe(map);
    expect(builder.advance(() => true)).toBe(true);
  });
});

describe('offsets and ranges', () => {
  let root: HTMLElement;
  let map: ReturnType<typeof buildTextMap>;
  beforeEach(() => {
    root = body(
      '<p>The  <a href="#">quick\n brown</a> fox.</p><div>Jumps <em>over</em><br>it.</div>',
    );
    map = buildTextMap(root);
  });

  it('maps every word to a range with the same text, and back', () => {
    expect(map.text).toBe('The quick brown fox. Jumps over it.');
    for (const m of map.text.matchAll(/\S+/g)) {
      const start = m.index!;
      const range = rangeFromOffsets(map, start, start + m[0].length);
      expect(range.toString()).toBe(m[0]);
      expect(offsetsFromRange(map, range)).toEqual({ start, end: start + m[0].length });
    }
  });

  it('maps ranges across elements and block boundaries', () => {
    const start = map.text.indexOf('brown');
    const end = map.text.indexOf(' it.');
    const range = rangeFromOffsets(map, start, end);
    expect(range.toString().replace(/\s+/g, ' ')).toBe('brown fox.Jumps over');
    expect(offsetsFromRange(map, range)).toEqual({ start, end });
  });

  it('places boundaries in elements and skipped nodes', () => {
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root.querySelector('a')!);
    const { start, end } = offsetsFromRange(map, range);
    expect(map.text.slice(start, end)).toBe('quick brown');
    range.selectNode(root.querySelector('div')!);
    const div = offsetsFromRange(map, range);
    expect(map.text.slice(div.start, div.end)).toBe('Jumps over it.');
  });
});

describe('xpath', () => {
  it('round-trips text nodes and elements relative to the root', () => {
    const root = body('<div><p>a</p><p>b<em>c</em>d</p></div>');
    const d = root.querySelectorAll('p')[1].lastChild!;
    expect(xpathFromNode(d, root)).toBe('/div[1]/p[2]/text()[2]');
    expect(nodeFromXPath('/div[1]/p[2]/text()[2]', root)).toBe(d);
    expect(nodeFromXPath('/div[1]/p[3]', root)).toBeNull();
    expect(nodeFromXPath('/', root)).toBe(root);
  });
});
