import { corpusPages } from '../../tests/e2e/harness/server';

/** Visible-text length of a saved page, roughly: no head, scripts, styles or tags; whitespace collapsed. */
export function visibleTextLength(html: string): number {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style|noscript|template|textarea|select|iframe)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/** Corpus pages, the one with the most visible text first; [] when ../shared/corpus is absent. */
export function corpusByLength(): { name: string; html: string; chars: number }[] {
  return corpusPages()
    .map((p) => ({ name: p.name, html: p.html, chars: visibleTextLength(p.html) }))
    .sort((a, b) => b.chars - a.chars);
}
