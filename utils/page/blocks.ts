/**
 * Elements whose edges separate words even when the markup has no whitespace (`<p>end.</p><p>Next`):
 * the one list both the page's text map (anchoring) and the article's text (extraction, snapshots)
 * use, so a quote reads the same in both. `<br>` separates too, but is a line break, not a block.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** A block's edge or a line break: where words are set apart. */
export const separatesWords = (localName: string): boolean =>
  localName === 'br' || BLOCK_ELEMENTS.has(localName);
