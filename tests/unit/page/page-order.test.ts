// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageOrder } from '../../../utils/page/page-order';
import type { Annotation, Selector } from '../../../utils/model';
import { annotation } from '../helpers/db';
import { loadDataset } from '../interchange/export/fixtures';

const URL = 'https://news.example/a';
const at = (
  start: number | null,
  id: string,
  createdAt = '2024-05-18T09:00:00.000Z',
): Annotation => {
  const selectors: Selector[] = [{ type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }];
  if (start !== null) selectors.push({ type: 'TextPositionSelector', start, end: start + 10 });
  return annotation(URL, { id, selectors, createdAt });
};
const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('pageOrder', () => {
  it('orders annotations by where their quote starts on the page', () => {
    expect(ids(pageOrder([at(500, 'c'), at(3, 'a'), at(120, 'b')]))).toEqual(['a', 'b', 'c']);
  });

  it('puts annotations without a position last, oldest first', () => {
    const list = [
      at(null, 'late', '2024-05-18T12:00:00.000Z'),
      at(40, 'placed'),
      at(null, 'early', '2024-05-18T08:00:00.000Z'),
    ];
    expect(ids(pageOrder(list))).toEqual(['placed', 'early', 'late']);
  });

  it('breaks ties at one position by creation time', () => {
    const list = [
      at(10, 'second', '2024-05-18T10:00:00.000Z'),
      at(10, 'first', '2024-05-18T09:00:00.000Z'),
      at(0, 'top', '2024-05-18T11:00:00.000Z'),
    ];
    expect(ids(pageOrder(list))).toEqual(['top', 'first', 'second']);
  });

  it('finds the position selector wherever it sits in the list', () => {
    const a = at(null, 'range-first');
    a.selectors = [
      {
        type: 'RangeSelector',
        startContainer: '/p[1]',
        startOffset: 0,
        endContainer: '/p[1]',
        endOffset: 5,
      },
      { type: 'TextPositionSelector', start: 7, end: 12 },
    ];
    expect(ids(pageOrder([at(8, 'b'), a]))).toEqual(['range-first', 'b']);
  });

  it('returns a new array and leaves the input alone', () => {
    const list = [at(2, 'b'), at(1, 'a')];
    const ordered = pageOrder(list);
    expect(ordered).not.toBe(list);
    expect(ids(list)).toEqual(['b', 'a']);
    expect(pageOrder([])).toEqual([]);
  });

  it('orders the realistic dataset as the article reads', () => {
    const data = loadDataset();
    const ordered = pageOrder([...data.annotations].reverse());
    const starts = ordered.map(
      (a) => a.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? Infinity,
    );
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    // The last one has only a quote selector.
    expect(ordered.at(-1)?.id).toBe('7d2e9f40-1c3b-4a5d-8e6f-000000000005');
  });
});
