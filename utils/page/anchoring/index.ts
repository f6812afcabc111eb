/** Robust anchoring: describe a selection as selectors, find them again on a changed page. */
export { buildTextMap, type TextMap } from './text-map';
export { rangeFromOffsets, offsetsFromRange, type Offsets } from './range-offsets';
export { describe } from './describe';
export { anchor, anchorAll, locate, type AnchorResult } from './anchor';
export { matchQuote, type QuoteContext, type QuoteMatch, type MatchMethod } from './match-quote';
export { xpathFromNode, nodeFromXPath } from './xpath';
export { collapseWhitespace } from './whitespace';
