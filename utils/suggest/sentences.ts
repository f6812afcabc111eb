/**
 * Sentence boundaries with offsets into the article text. A period ends a sentence only when a
 * capitalised word (or a quote, bracket or digit) follows and the word before is not a title or
 * an initial: "Mr. Reeves", "Donald J. Trump", "D.A. Davidson" stay whole.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence in news prose. */
const NEVER_FINAL = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt rev hon fr jr sr no vs mt ft jan feb mar apr aug sept sep oct nov dec'.split(
    ' ',
  ),
);
/**
 * "U.S.", "Co." end a sentence only before a word that typically starts one: "in the U.S. The
 * report…" splits, "the U.S. Embassy" does not.
 */
const SENTENCE_STARTERS = new Set(
  'the a an but and it its he she they we i this that these those there in on at as after when while if so yet however meanwhile still his her their our'.split(
    ' ',
  ),
);

const BOUNDARY = /[.!?…]+["”’')\]]*\s+(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].trimEnd().length;
    if (!endsSentence(text, m.index, m.index + m[0].length)) continue;
    push(sentences, text, from, cut);
    from = m.index + m[0].length;
  }
  push(sentences, text, from, text.length);
  return sentences;
}

function endsSentence(text: string, punct: number, next: number): boolean {
  if (text[punct] !== '.') return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 20), punct))?.[1] ?? '';
  const word = before.replace(/\./g, '').toLowerCase();
  if (NEVER_FINAL.has(word)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "Donald J. Trump"
  const following = /^["“‘'([]?([\p{L}\p{N}]+)/u.exec(text.slice(next))?.[1]?.toLowerCase() ?? '';
  // Dotted initialisms and "Co." usually run on; they end a sentence before a typical opener.
  if (before.includes('.') || word === 'co') return SENTENCE_STARTERS.has(following);
  return true;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
