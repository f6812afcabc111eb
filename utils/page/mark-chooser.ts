import type { AnnotationType, Mark } from '../model';

/** One line of the chooser a click on overlapping marks offers: nothing private, only the page's own text. */
export interface ChooserEntry {
  id: string;
  type: AnnotationType;
  /** The first words of the marked passage (the page's own text, rendered as text). */
  quoteStart: string;
}

const QUOTE_START_CHARS = 48;

/** The first words of a quote, whitespace collapsed, cut at a word boundary with an ellipsis. */
export function quoteStart(quote: string, max = QUOTE_START_CHARS): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The entries for the marks under a click, innermost (shortest quote) first: a name inside a
 * claim is the likelier target of a click on it. Unknown ids are left out; each id once.
 */
export function chooserEntries(ids: readonly string[], marks: readonly Mark[]): ChooserEntry[] {
  const byId = new Map(marks.map((m) => [m.id, m]));
  const entries = [...new Set(ids)].flatMap((id) => {
    const mark = byId.get(id);
    const quote = mark?.selectors.find((s) => s.type === 'TextQuoteSelector');
    return mark ? [{ id, type: mark.type, quote: quote?.exact ?? '' }] : [];
  });
  return entries
    .sort((a, b) => a.quote.length - b.quote.length)
    .map(({ id, type, quote }) => ({ id, type, quoteStart: quoteStart(quote) }));
}
