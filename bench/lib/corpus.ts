import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from './paths';
import { corpusPages, foldersWith } from '../../tests/e2e/harness/server';

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
  return foldersWith(READABILITY_PAGES_DIR, 'expected.html').map((name) => {
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

/**
 * Labelled pages for suggestions (issue 14) that exist only as plain article text, kept beside the
 * repository (third-party copies, never committed; see the labels README): the fourth held-out set,
 * from the test data of the Python library newspaper, and the fifth, from the human-marked article
 * bodies of scrapinghub/article-extraction-benchmark. Each <name>/article.txt is rebuilt into a page.
 */
export const TEXT_PAGE_DIRS = [
  fromRoot('../newspaper-pages'),
  fromRoot('../extraction-benchmark-pages'),
];

const warned = new Set<string>();

/** The text pages of every folder in `dirs` that is present; an absent folder is said once and skipped. */
export function textPages(dirs = TEXT_PAGE_DIRS): { name: string; html: string; from: 'text' }[] {
  return dirs.flatMap((dir) => {
    if (!fs.existsSync(dir)) {
      if (!warned.has(dir)) console.warn(`[gloss bench] ${dir} is absent: its pages are skipped.`);
      warned.add(dir);
      return [];
    }
    return foldersWith(dir, 'article.txt').map((name) => ({
      name,
      html: pageFromText(fs.readFileSync(path.join(dir, name, 'article.txt'), 'utf8')),
      from: 'text' as const,
    }));
  });
}

/** Paragraphs of plain text: blocks between blank lines, each one's lines joined by a space. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A page around plain article text, built as pageAround builds one: each paragraph a <p> inside
 * <article>, every character escaped. The title is left empty: the text file has none, and one
 * made of the first paragraph's words would be a headline the page never had (suggestions do not
 * read the title, and the article's text is the same either way).
 */
export function pageFromText(text: string): string {
  return pageAround(
    textParagraphs(text)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n'),
    { title: '' },
  );
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
