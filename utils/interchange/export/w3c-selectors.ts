import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../../model';

/*
 * Gloss's selectors in the W3C model's own forms (https://www.w3.org/TR/annotation-model/#selectors).
 *
 * - TextQuoteSelector is the same in both.
 * - Gloss's RangeSelector is Hypothesis's shape (startContainer/startOffset, XPaths relative to
 *   document.body); the W3C's is startSelector/endSelector. Each end becomes an XPathSelector from
 *   the document root, refined by a zero-width TextPositionSelector at the offset inside that node
 *   (the end selector marks the range's exclusive end, as the model defines it).
 * - Gloss's TextPositionSelector counts characters with whitespace collapsed. Other tools (Hypothesis
 *   among them) read positions as raw textContent offsets, which land 100+ characters away on a
 *   typical news page; raw offsets are not stored, so no standard TextPositionSelector is written.
 *   Gloss's own offsets travel as `gloss:textPosition` on the annotation and come back on import.
 */

/** describe() takes XPaths relative to document.body; a W3C XPathSelector is evaluated from the document. */
export const BODY_XPATH = '/html[1]/body[1]';

export interface W3cPoint {
  type: 'XPathSelector';
  value: string;
  refinedBy: { type: 'TextPositionSelector'; start: number; end: number };
}
export interface W3cRangeSelector {
  type: 'RangeSelector';
  startSelector: W3cPoint;
  endSelector: W3cPoint;
}
export type W3cSelector = TextQuoteSelector | W3cRangeSelector;
export type GlossTextPosition = { start: number; end: number };

const point = (path: string, offset: number): W3cPoint => ({
  type: 'XPathSelector',
  value: path === '/' ? BODY_XPATH : BODY_XPATH + path,
  refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
});

export function toW3cSelectors(selectors: Selector[]): {
  selector: W3cSelector[];
  textPosition: GlossTextPosition | null;
} {
  const selector: W3cSelector[] = [];
  let textPosition: GlossTextPosition | null = null;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector')
      selector.push({ type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix });
    else if (s.type === 'RangeSelector') {
      selector.push({
        type: 'RangeSelector',
        startSelector: point(s.startContainer, s.startOffset),
        endSelector: point(s.endContainer, s.endOffset),
      });
    } else textPosition ??= { start: s.start, end: s.end };
  }
  return { selector, textPosition };
}

/** Body-relative path of a W3C XPathSelector value, or null when it does not start at the body. */
export function bodyRelativePath(value: string): string | null {
  if (value === BODY_XPATH) return '/';
  return value.startsWith(BODY_XPATH + '/') ? value.slice(BODY_XPATH.length) : null;
}

export function fromW3cRange(s: W3cRangeSelector): RangeSelector | null {
  const start = bodyRelativePath(s.startSelector.value);
  const end = bodyRelativePath(s.endSelector.value);
  if (start === null || end === null) return null;
  return {
    type: 'RangeSelector',
    startContainer: start,
    startOffset: s.startSelector.refinedBy.start,
    endContainer: end,
    endOffset: s.endSelector.refinedBy.start,
  };
}

/** Gloss's order (quote, position, range: what describe() makes), with the position put back. */
export function withTextPosition(
  selectors: Selector[],
  position: GlossTextPosition | null,
): Selector[] {
  if (!position) return selectors;
  const restored: TextPositionSelector = {
    type: 'TextPositionSelector',
    start: position.start,
    end: position.end,
  };
  const quotes = selectors.filter((s) => s.type === 'TextQuoteSelector');
  return [...quotes, restored, ...selectors.filter((s) => s.type !== 'TextQuoteSelector')];
}
