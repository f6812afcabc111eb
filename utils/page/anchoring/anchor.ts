/**
 * Re-attaches stored selectors to a page. The quote is the authority: the position only says where
 * to look first, and a match is always checked against the quote. The RangeSelector is not used:
 * checking the position is already O(quote length) and indexOf over the whole text is ~0.01 ms per
 * 100 K characters, while an XPath breaks on the same markup changes that move the position.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../model';
import { matchQuote, type MatchMethod, type QuoteMatch } from './match-quote';
import { rangeFromOffsets } from './range-offsets';
import { buildTextMap, type TextMap } from './text-map';
import { collapseWhitespace, squashWhitespace } from './whitespace';

export interface AnchorResult {
  range: Range;
  /** Offsets of the match in the text map's text. */
  start: number;
  end: number;
  /** 1 for the quote verbatim with its context; less as the quote or its context changed (score.ts). */
  confidence: number;
  method: MatchMethod;
}

function find<T extends Selector['type']>(selectors: Selector[], type: T) {
  return selectors.find((s) => s.type === type) as Extract<Selector, { type: T }> | undefined;
}

/**
 * Where the selectors' quote is in `text` (a text map's text), or null (an orphan) when it is not
 * there, or only something too unlike it.
 */
export function locate(text: string, selectors: Selector[]): QuoteMatch | null {
  const quote: TextQuoteSelector | undefined = find(selectors, 'TextQuoteSelector');
  const position: TextPositionSelector | undefined = find(selectors, 'TextPositionSelector');
  if (!quote) return null;
  // Quotes from elsewhere (imports, older versions) may carry raw whitespace; ours never do.
  return matchQuote(text, collapseWhitespace(quote.exact), {
    prefix: squashWhitespace(quote.prefix ?? ''),
    suffix: squashWhitespace(quote.suffix ?? ''),
    hint: position?.start,
  });
}

export function anchor(map: TextMap, selectors: Selector[]): AnchorResult | null {
  const match = locate(map.text, selectors);
  if (!match) return null;
  return {
    range: rangeFromOffsets(map, match.start, match.end),
    start: match.start,
    end: match.end,
    confidence: match.score,
    method: match.method,
  };
}

/** Anchors every annotation's selectors against one page, building its text map once. */
export function anchorAll(root: Node, list: Selector[][]): (AnchorResult | null)[] {
  const map = buildTextMap(root);
  return list.map((selectors) => anchor(map, selectors));
}
