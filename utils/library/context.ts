/**
 * A quote's sentence, from the context stored beside it (32 characters either side, TextQuote
 * selector style): what came before, cut after the last sentence end, and what follows, up to the
 * first. An ellipsis says where the stored context ran out before the sentence did.
 */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/** A sentence's end: its mark, then any closing quotes or brackets. */
const END = `[.!?…]["'”’)\\]]*`;
const ENDS_BEFORE_SPACE = new RegExp(`${END}\\s+`, 'g');
const UP_TO_FIRST_END = new RegExp(`^[\\s\\S]*?${END}(?=\\s|$)`);
const ENDS_SENTENCE = new RegExp(`${END}$`);

export function quoteInContext(prefix: string, quote: string, suffix: string): QuoteInContext {
  let start = -1;
  for (const m of prefix.matchAll(ENDS_BEFORE_SPACE)) start = m.index + m[0].length;
  const before = start >= 0 ? prefix.slice(start) : prefix.trim() ? `…${prefix.trimStart()}` : '';
  if (ENDS_SENTENCE.test(quote.trimEnd())) return { before, quote, after: '' };
  const sentence = suffix.match(UP_TO_FIRST_END)?.[0];
  const after = sentence ?? (suffix.trim() ? `${suffix.trimEnd()}…` : '');
  return { before, quote, after };
}
