import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from './paths';
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

/**
 * Labelled pages for suggestions (issue 14) from Readability's own test pages: the second held-out
 * set (tuning data since it was read) and the third, kept beside the repository in
 * ../readability-pages (third-party copies, never committed; see the labels README).
 * A page whose source.html was not saved is rebuilt from Readability's expected article and its
 * metadata — the same text the extractor reads, without the page around it. [] when absent.
 */
export const READABILITY_PAGES_DIR = fromRoot('../readability-pages');

export function readabilityPages(): { name: string; html: string; from: 'source' | 'expected' }[] {
  if (!fs.existsSync(READABILITY_PAGES_DIR)) return [];
  return fs
    .readdirSync(READABILITY_PAGES_DIR)
    .filter((name) => fs.existsSync(path.join(READABILITY_PAGES_DIR, name, 'expected.html')))
    .sort()
    .map((name) => {
      const file = (f: string) => path.join(READABILITY_PAGES_DIR, name, f);
      if (fs.existsSync(file('source.html')))
        return {
          name,
          html: fs.readFileSync(file('source.html'), 'utf8'),
          from: 'source' as const,
        };
      const meta = JSON.parse(fs.readFileSync(file('expected-metadata.json'), 'utf8')) as {
        title?: string;
        byline?: string | null;
      };
      return {
        name,
        html: pageAround(fs.readFileSync(file('expected.html'), 'utf8'), meta),
        from: 'expected' as const,
      };
    });
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page that gives Readability the same title, byline and article as the original did. */
function pageAround(article: string, meta: { title?: string; byline?: string | null }): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(meta.title ?? '')}</title>`,
    meta.byline ? `<meta name="author" content="${escapeHtml(meta.byline)}">` : '',
    `</head><body><article>${article}</article></body></html>`,
  ].join('\n');
}
