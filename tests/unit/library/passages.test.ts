// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeInParagraphs } from '../../../utils/library/passages';
import { annotation } from '../helpers/db';

const URL = 'https://news.example/story';
const PARAGRAPHS = [
  'Baoji has built 18 national-level specialised firms, the city said on Monday.',
  'The MIIT list names 11 Baoji firms. The city said 18 again in a later statement.',
];

const at = (id: string, quote: string, prefix = '', suffix = '', start?: number) =>
  annotation(URL, {
    id,
    quote,
    prefix,
    suffix,
    selectors:
      start === undefined
        ? []
        : [{ type: 'TextPositionSelector', start, end: start + quote.length }],
  });

const marked = (placed: ReturnType<typeof placeInParagraphs>) =>
  placed.paragraphs.map((p) => p.runs.filter((r) => r.ids.length).map((r) => [r.text, r.ids]));

describe('placeInParagraphs', () => {
  it('marks each quote where it is, and lists notes beside the paragraph they start in', () => {
    const placed = placeInParagraphs(PARAGRAPHS, [
      at('list', 'names 11 Baoji firms', 'The MIIT list ', '. The city', 200),
      at('built', 'built 18 national-level', 'Baoji has ', ' specialised', 10),
    ]);
    expect(marked(placed)).toEqual([
      [['built 18 national-level', ['built']]],
      [['names 11 Baoji firms', ['list']]],
    ]);
    expect(placed.paragraphs.map((p) => p.starting.map((a) => a.id))).toEqual([
      ['built'],
      ['list'],
    ]);
    expect(placed.unplaced).toEqual([]);
    // The runs put the paragraph back together.
    expect(placed.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(PARAGRAPHS);
  });

  it('tells repeated words apart by their stored context', () => {
    const placed = placeInParagraphs(PARAGRAPHS, [
      at('second', 'said 18', 'The city ', ' again in a'),
    ]);
    expect(marked(placed)).toEqual([[], [['said 18', ['second']]]]);
  });

  it('cuts overlapping marks into runs that carry both', () => {
    const placed = placeInParagraphs(PARAGRAPHS, [
      at('a', 'has built 18', 'Baoji ', ' national'),
      at('b', 'built 18 national-level', 'Baoji has ', ' specialised'),
    ]);
    expect(marked(placed)[0]).toEqual([
      ['has ', ['a']],
      ['built 18', ['a', 'b']],
      [' national-level', ['b']],
    ]);
  });

  it('keeps quotes the saved text does not hold apart, unplaced', () => {
    const gone = at('gone', 'a sentence the site later removed entirely', '', '');
    const placed = placeInParagraphs(PARAGRAPHS, [gone]);
    expect(placed.unplaced).toEqual([gone]);
    expect(marked(placed)).toEqual([[], []]);
  });
});
