// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  textPages,
  pageFromText,
  textParagraphs,
  savedPages,
  decodePage,
} from '../../../bench/lib/corpus';
import { extractArticle } from '../../../utils/page/article';
import { splitParagraphs } from '../../../utils/page/paragraphs';

/** Plain text written here, not taken from any page: the loader's shape, not its data. */
const TEXT = [
  'WELLINGTON — The Harbour Board met on Tuesday & voted 5<6 on the "new" plan.',
  '',
  'A second paragraph,\nwrapped over two lines\r\nby the file.',
  '   \t ',
  '',
  'Follow Jane Roe on Twitter.',
  '',
].join('\n');

describe('plain-text pages (bench/lib/corpus.ts)', () => {
  it('splits paragraphs on blank lines and joins the lines of each', () => {
    expect(textParagraphs(TEXT)).toEqual([
      'WELLINGTON — The Harbour Board met on Tuesday & voted 5<6 on the "new" plan.',
      'A second paragraph, wrapped over two lines by the file.',
      'Follow Jane Roe on Twitter.',
    ]);
    expect(textParagraphs('')).toEqual([]);
  });

  it('escapes the text and gives each paragraph its own <p> inside <article>', () => {
    const html = pageFromText(TEXT);
    expect(html).toContain('<title></title>');
    expect(html).toContain(
      '<article><p>WELLINGTON — The Harbour Board met on Tuesday &amp; voted 5&lt;6 on the &quot;new&quot; plan.</p>',
    );
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual(
      textParagraphs(TEXT),
    );
  });

  it('reads back as the same paragraphs after extraction', () => {
    const long = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i} says ${'something plain '.repeat(12)}here.`,
    );
    const url = 'https://example.com/text';
    const doc = new JSDOM(pageFromText(long.join('\n\n')), {
      url,
      virtualConsole: new VirtualConsole(),
    }).window.document;
    const article = extractArticle(doc, url);
    expect(article && splitParagraphs(article.text, article.breaks)).toEqual(long);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-text-pages-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads <name>/article.txt from each folder, marked as rebuilt from text, skipping an absent one', () => {
    fs.mkdirSync(path.join(dir, 'b-page'));
    fs.mkdirSync(path.join(dir, 'a-page'));
    fs.mkdirSync(path.join(dir, 'no-text'));
    fs.writeFileSync(path.join(dir, 'b-page', 'article.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'a-page', 'article.txt'), 'One line.');
    const pages = textPages([path.join(dir, 'absent'), dir]);
    expect(pages.map((p) => [p.name, p.from])).toEqual([
      ['a-page', 'text'],
      ['b-page', 'text'],
    ]);
    expect(pages[1].html).toBe(pageFromText(TEXT));
    expect(textPages([path.join(dir, 'absent')])).toEqual([]);
  });

  it('loads <name>/source.html from each folder as a browser decodes it, skipping an absent one', () => {
    const saved = path.join(dir, 'saved');
    for (const name of ['utf8', 'declared', 'legacy'])
      fs.mkdirSync(path.join(saved, name), { recursive: true });
    const curly = 'Macy’s said';
    fs.writeFileSync(path.join(saved, 'utf8', 'source.html'), `<p>${curly}</p>`);
    // windows-1252: the curly apostrophe is the single byte 0x92
    const cp1252 = (text: string) =>
      Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    fs.writeFileSync(
      path.join(saved, 'declared', 'source.html'),
      cp1252(
        `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>${curly}</p>`,
      ),
    );
    fs.writeFileSync(path.join(saved, 'legacy', 'source.html'), cp1252(`<p>${curly}</p>`));
    const pages = savedPages([path.join(dir, 'absent'), saved]);
    expect(pages.map((p) => p.name)).toEqual(['declared', 'legacy', 'utf8']);
    for (const p of pages) expect(p.html).toContain(curly);
    expect(pages.every((p) => p.from === 'source')).toBe(true);
  });

  it('keeps a page declared UTF-8 as UTF-8 even with a stray invalid byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>Zoë ', 'utf8'),
      Buffer.from([0xff]),
      Buffer.from('</p>'),
    ]);
    expect(decodePage(bytes)).toBe('<meta charset="utf-8"><p>Zoë \uFFFD</p>');
  });
});
