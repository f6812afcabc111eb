import { describe, expect, it } from 'vitest';
import { draftFromSelectors } from '../../../utils/model/new-annotation';
import type { Selector } from '../../../utils/model';

const URL = 'https://news.example/story';
const NOW = new Date('2024-05-17T09:00:00Z');
const QUOTE: Selector = {
  type: 'TextQuoteSelector',
  exact: '18 firms',
  prefix: 'The ministry said ',
  suffix: ' were built.',
};
const POSITION: Selector = { type: 'TextPositionSelector', start: 18, end: 26 };

describe('draftFromSelectors: a selection becomes a draft', () => {
  it("takes the quote and its context from the selection's quote selector, and nothing the reader wrote", () => {
    expect(draftFromSelectors(URL, 'claim', [POSITION, QUOTE], 'd1', NOW)).toEqual({
      id: 'd1',
      articleUrl: URL,
      type: 'claim',
      quote: '18 firms',
      prefix: 'The ministry said ',
      suffix: ' were built.',
      selectors: [POSITION, QUOTE],
      note: '',
      tags: [],
      color: null,
      createdAt: '2024-05-17T09:00:00.000Z',
    });
  });

  it('gives each draft a new id where the annotation is born', () => {
    const a = draftFromSelectors(URL, 'highlight', [QUOTE]);
    const b = draftFromSelectors(URL, 'highlight', [QUOTE]);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('makes none from a selection without quoted text', () => {
    expect(() => draftFromSelectors(URL, 'highlight', [POSITION])).toThrow(
      'Select some text first.',
    );
    expect(() => draftFromSelectors(URL, 'highlight', [{ ...QUOTE, exact: ' \n ' }])).toThrow(
      'Select some text first.',
    );
  });
});
