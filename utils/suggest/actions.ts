import type { TextQuoteSelector } from '../model';
import type { ClaimSuggestion, EntitySuggestion, Mention } from './types';
import { hashText } from '../page/text-hash';

/** Context taken around a mention: the same 32 characters the anchoring selectors carry. */
const CONTEXT = 32;

export type Suggestion = EntitySuggestion | ClaimSuggestion;

/** A stable key for remembering a dismissal: the entity's merge key, or the claim sentence's hash. */
export function suggestionKey(s: Suggestion): string {
  return s.type === 'claim' ? `claim:${hashText(s.sentence)}` : `${s.type}:${s.normalizedName}`;
}

/**
 * A quote selector for a mention in the article text. The live page has more text around the
 * article (navigation, sidebars), so the position is useless there; the prefix and suffix are
 * what pick the right occurrence among repeats.
 */
export function quoteForMention(
  text: string,
  mention: Pick<Mention, 'start' | 'end'>,
): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(mention.start, mention.end),
    prefix: text.slice(Math.max(0, mention.start - CONTEXT), mention.start),
    suffix: text.slice(mention.end, mention.end + CONTEXT),
  };
}

/** The quotes that Accept tags: the first mention, or every one. */
export function quotesToTag(text: string, s: Suggestion, every: boolean): TextQuoteSelector[] {
  const mentions = s.type === 'claim' ? [{ start: s.start, end: s.end }] : s.mentions;
  return (every ? mentions : mentions.slice(0, 1)).map((m) => quoteForMention(text, m));
}
