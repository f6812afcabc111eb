import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../utils/model';
import { markFor, rangeOf } from '../helpers/page-marks';
import { buildTextMap } from '../../../utils/page/anchoring';
import { createMarkAnchors } from '../../../entrypoints/content/mark-anchors';
import type { Slicer } from '../../../utils/page/page-snapshot';

const URL = 'https://news.example/story';
const TEXT = 'The ministry said 18 firms were built. Critics disputed the number.';

function anchorsOnPage() {
  document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  const overlay = document.createElement('div');
  return createMarkAnchors(
    document,
    () => overlay,
    () => buildTextMap(document.body),
  );
}

describe('MarkAnchors: where each mark is found and painted', () => {
  it('anchors every mark in one pass and says which it found', () => {
    const painted = anchorsOnPage();
    const gone: Mark = {
      ...markFor('gone', 'the number', URL),
      selectors: [{ type: 'TextQuoteSelector', exact: 'not on this page', prefix: '', suffix: '' }],
    };
    painted.anchorAll([markFor('found', '18 firms', URL), gone]);
    expect(painted.states()).toEqual({ found: 'anchored', gone: 'orphaned' });
    expect(painted.rangeOf('found')?.toString()).toBe('18 firms');
    expect(painted.rangeOf('gone')).toBeNull();
    expect(painted.rangeOf('unknown')).toBeNull();
    // An orphan may be found once the page changes.
    expect(painted.needsReanchor()).toBe(true);
  });

  it('paints a new range as anchored at once, and takes it off again', () => {
    const painted = anchorsOnPage();
    painted.anchorAll([]);
    painted.paintNew('new', 'claim', rangeOf('Critics disputed'));
    expect(painted.states()).toEqual({ new: 'anchored' });
    expect(painted.rangeOf('new')?.toString()).toBe('Critics disputed');
    expect(painted.needsReanchor()).toBe(false);
    painted.remove('new');
    expect(painted.states()).toEqual({});
    expect(painted.rangeOf('new')).toBeNull();
  });

  it('knows a painted range no longer holds once the page replaced its text', () => {
    const painted = anchorsOnPage();
    painted.anchorAll([markFor('found', '18 firms', URL)]);
    expect(painted.needsReanchor()).toBe(false);
    document.querySelector('article')!.innerHTML = `<p>${TEXT}</p>`;
    expect(painted.needsReanchor()).toBe(true);
  });

  describe('in slices, for restoring on load', () => {
    /** A slicer whose every slice is spent after one mark; `pause` is each wait for the next. */
    const everyMark = (pause: () => Promise<void>): Slicer => ({ spent: () => true, next: pause });

    it('anchors and paints every mark, pausing between slices', async () => {
      const painted = anchorsOnPage();
      let pauses = 0;
      const marks = [
        markFor('a', '18 firms', URL),
        markFor('b', 'Critics disputed', URL),
        markFor('c', 'the number', URL),
      ];
      await painted.anchorAllInSlices(
        marks,
        everyMark(async () => void pauses++),
      );
      expect(painted.states()).toEqual({ a: 'anchored', b: 'anchored', c: 'anchored' });
      expect(painted.rangeOf('c')?.toString()).toBe('the number');
      expect(pauses).toBe(3); // before the first slice, and between each
    });

    it('stops when a later pass starts while it pauses', async () => {
      const painted = anchorsOnPage();
      let release!: () => void;
      const paused = new Promise<void>((resolve) => (release = resolve));
      let pauses = 0;
      const sliced = painted.anchorAllInSlices(
        [markFor('a', '18 firms', URL), markFor('b', 'Critics disputed', URL)],
        everyMark(() => (++pauses === 2 ? paused : Promise.resolve())),
      );
      await Promise.resolve();
      await Promise.resolve();
      painted.anchorAll([markFor('c', 'the number', URL)]);
      release();
      await sliced;
      expect(painted.states()).toEqual({ c: 'anchored' });
    });
  });
});
