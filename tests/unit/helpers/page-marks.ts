import type { Mark } from '../../../utils/model';
import { buildTextMap, describe as describeRange } from '../../../utils/page/anchoring';

/** The range of `words` in the page's first paragraph, as the reader would select them. */
export function rangeOf(words: string): Range {
  const text = document.querySelector('p')!.firstChild as Text;
  const start = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  return range;
}

/** A claim's mark on `words`, described as the page reads now. */
export function markFor(id: string, words: string, articleUrl: string): Mark {
  const selectors = describeRange(rangeOf(words), document.body, buildTextMap(document.body));
  return { id, articleUrl, type: 'claim', selectors, color: null };
}
