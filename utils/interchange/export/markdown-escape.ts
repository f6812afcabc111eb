import { httpUrlOrNull } from '../../model/safe-url';

/*
 * Quotes, notes and names are untrusted: a quote can hold `<img src=x onerror=…>` and a
 * note `[x](javascript:…)`. Everything is escaped so it renders as the same visible text
 * and never as HTML, a link, or Markdown structure, while the raw file still reads well.
 *
 * `<` and `>` become entities rather than `\<`: original Markdown.pl does not treat `\<` as
 * an escape and would pass the tag through; every renderer decodes `&lt;` to text.
 */

/** ASCII punctuation that can start emphasis, code, links, tables or strikethrough inline. */
const INLINE_SPECIAL = /[\\`*_[\]()~|]/g;
/** Only an `&` that would be read as an entity needs escaping ("AT&T" stays as it is). */
const ENTITY_LIKE = /&(?=#?[a-zA-Z0-9]+;)/g;
/** Line starts that open a heading, list, quote or setext underline. */
const BLOCK_START = /^(#|>|-|\+|=|\d+(?=[.)]))/;

export function escapeMarkdownInline(text: string): string {
  return text
    .replace(ENTITY_LIKE, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/[\r\n]+/g, ' ');
}

/** Escaped lines of multi-line text; leading indentation is dropped so it can't become code. */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const escaped = escapeMarkdownInline(line.trimStart());
    return escaped.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
  });
}

/**
 * `http:`/`https:` URLs only, normalised by the URL parser, with the parentheses that
 * would end a Markdown link destination percent-encoded; anything else (`javascript:`,
 * `data:`, junk) yields null so callers print it as text.
 */
export function safeLinkUrl(url: string): string | null {
  return httpUrlOrNull(url)?.replace(/\(/g, '%28').replace(/\)/g, '%29') ?? null;
}

/** A link when the URL is http(s), plain escaped text otherwise. */
export function markdownLink(label: string, url: string): string {
  const href = safeLinkUrl(url);
  const text = escapeMarkdownInline(label);
  return href ? `[${text}](${href})` : text;
}
