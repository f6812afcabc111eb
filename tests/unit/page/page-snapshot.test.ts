// @vitest-environment node
// jsdom directly: its HTML serializer is the reference the sliced copy must match.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  escapeText,
  idleSlicer,
  serializePage,
  type Slicer,
} from '../../../utils/page/page-snapshot';
import { corpusAvailable, corpusNames, readCorpusPage, readSeedHtml } from '../helpers/corpus';

const parse = (html: string) =>
  new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

/** A slicer that yields after every element or text node, and counts its slices. */
function everyNode(): Slicer & { slices: number } {
  const s = { slices: 0, spent: () => true, next: async () => void s.slices++ };
  return s;
}

describe('serializePage', () => {
  it('copies the seed page exactly as outerHTML does, however finely it is sliced', async () => {
    const doc = parse(readSeedHtml());
    for (const sliceElements of [0, 3, 50, 1_000_000]) {
      expect(await serializePage(doc, everyNode(), null, sliceElements)).toBe(
        doc.documentElement.outerHTML,
      );
    }
  });

  it.skipIf(!corpusAvailable).each(corpusNames())(
    'copies corpus page %s exactly, sliced',
    async (name) => {
      const doc = parse(readCorpusPage(name).sourceHtml);
      expect(await serializePage(doc, everyNode(), null, 200)).toBe(doc.documentElement.outerHTML);
    },
    120_000,
  );

  it('gives the page its thread back between slices, and does nothing before the first one', async () => {
    const doc = parse(
      `<html><body>${'<div><p>para</p><p>graph</p></div>'.repeat(20)}</body></html>`,
    );
    const slicer = everyNode();
    const copying = serializePage(doc, slicer, null, 5);
    // The page changes before Gloss's first slice runs: the copy is of the page as it is then.
    doc.body.append(doc.createElement('footer'));
    const copy = await copying;
    expect(copy).toContain('<footer></footer>');
    expect(slicer.slices).toBeGreaterThan(20);

    const never = { slices: 0, spent: () => false, next: async () => void never.slices++ };
    await serializePage(doc, never, null, 5);
    expect(never.slices).toBe(1);
  });

  it("leaves out Gloss's own UI, even inside a subtree small enough for one outerHTML", async () => {
    const doc = parse(
      '<html><body><article><p>Story <b>text</b></p><aside><gloss-ui data-x="1"><i>toolbar</i></gloss-ui></aside></article><gloss-card></gloss-card></body></html>',
    );
    const copy = await serializePage(doc, everyNode(), 'gloss-ui, gloss-card');
    expect(copy).not.toMatch(/gloss-|toolbar/);
    expect(parse(copy).body.textContent).toBe('Story text');
  });

  it("never turns the page's text into markup, nor cuts an element at a `</` in its attributes", async () => {
    const doc = parse(
      '<html><body><div title="</div><img src=x onerror=alert(1)>"><p>a</p><p>b</p></div></body></html>',
    );
    const text = doc.createTextNode(
      '</div><img src=x onerror="alert(1)"> & <script>alert(2)</script>\u00a0',
    );
    doc.querySelector('div')!.append(text);
    const copy = await serializePage(doc, everyNode(), null, 0);
    const reparsed = parse(copy);
    expect(reparsed.querySelectorAll('img, script')).toHaveLength(0);
    expect(reparsed.querySelector('div')!.getAttribute('title')).toBe(
      '</div><img src=x onerror=alert(1)>',
    );
    expect(reparsed.querySelector('div')!.lastChild!.textContent).toBe(text.data);
    expect(escapeText('a < b & c > d\u00a0')).toBe('a &lt; b &amp; c &gt; d&nbsp;');
  });
});

describe('idleSlicer', () => {
  it('starts each slice in an idle callback, with a timeout so a busy page cannot starve it', async () => {
    const idle: { run: () => void; timeout?: number }[] = [];
    const win = {
      requestIdleCallback: (run: () => void, o?: { timeout?: number }) =>
        idle.push({ run, timeout: o?.timeout }),
      setTimeout,
    } as unknown as Window;
    const slicer = idleSlicer(win, 1000);
    let started = false;
    const next = slicer.next().then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    expect(idle).toHaveLength(1);
    expect(idle[0].timeout).toBeGreaterThan(0);
    idle[0].run();
    await next;
    expect(slicer.spent()).toBe(false);
    expect(idleSlicer(win, 0).spent()).toBe(true);
  });

  it('falls back to a timer where there is no requestIdleCallback', async () => {
    const timers: (() => void)[] = [];
    const win = { setTimeout: (run: () => void) => timers.push(run) } as unknown as Window;
    const next = idleSlicer(win).next();
    expect(timers).toHaveLength(1);
    timers[0]();
    await next;
  });
});
