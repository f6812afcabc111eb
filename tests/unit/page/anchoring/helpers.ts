import { JSDOM, VirtualConsole } from 'jsdom';
import { corpusAvailable, corpusNames, readCorpusPage } from '../../helpers/corpus';

/** jsdom parses with scripts off, so pages stay as saved; a silent console hides its CSS parser's complaints. */
export function parseHtml(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface Span {
  start: number;
  end: number;
}

/** Sentence-like spans of rendered text: end in . ! ? and are mostly letters. */
export function sentenceSpans(text: string, min = 60, max = 300): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?。！？]+[.!?。！？]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    const letters = s.replace(/[^\p{L}]/gu, '').length;
    if (s.length >= min && s.length <= max && letters / s.length > 0.7) {
      spans.push({ start: m.index + lead, end: m.index + lead + s.length });
    }
  }
  return spans;
}

/** `count` items spread evenly over `items`. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/** Replaces the word nearest the middle of `s` with another of the same length class. */
export function changeMiddleWord(s: string, replacement = 'substituted'): string {
  const words = [...s.matchAll(/\p{L}{3,}/gu)];
  const mid = words[Math.floor(words.length / 2)];
  if (!mid || mid.index === undefined) return s + ' ' + replacement;
  return s.slice(0, mid.index) + replacement + s.slice(mid.index + mid[0].length);
}

const docs = new Map<string, Document>();
/** Corpus pages parsed once per test file (parsing the big ones takes a while in jsdom). */
export function corpusDocument(name: string): Document {
  let doc = docs.get(name);
  if (!doc) {
    doc = parseHtml(readCorpusPage(name).sourceHtml);
    docs.set(name, doc);
  }
  return doc;
}

export { corpusAvailable, corpusNames };
