/**
 * Sentence boundaries with offsets into the article text. A period ends a sentence only when a
 * capitalised word (or a quote, bracket or digit) follows and the word before is not a title or
 * an initial: "Mr. Reeves", "Donald J. Trump", "D.A. Davidson" stay whole. A block's edge (a
 * paragraph, heading, caption or list item: ExtractedArticle.breaks) always ends one, so a heading
 * without a period never runs into the paragraph after it ("Penguin Post Office Vanessa Hicks").
 */
import { isListedOutlet } from './outlet-names';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /**
   * Whether its block reads as prose: it ends like a sentence, or is long. A short block without a
   * closing stop is a line — a heading, a caption's label, a link to another story, a sign-off.
   */
  prose: boolean;
}

/** Words a block without a closing stop may have and still be prose (a sentence cut short). */
const MAX_LINE_WORDS = 14;

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

/**
 * The blocks of `text` its breaks (ExtractedArticle.breaks) cut it into, in order: the whole text
 * when no break falls inside it. Each break counts once, in any order it is given.
 */
export function blocksOf(
  text: string,
  breaks: readonly number[],
): { start: number; end: number }[] {
  const cuts = [...new Set(breaks)].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  const edges = [0, ...cuts, text.length];
  return cuts.length === 0
    ? [{ start: 0, end: text.length }]
    : edges.slice(1).map((end, i) => ({ start: edges[i], end }));
}

export function splitSentences(text: string, breaks: readonly number[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks = blocksOf(
    text,
    breaks.filter((b) => !runsOn(text, b)),
  );
  // Without its blocks the text is taken for prose throughout: nothing says where a line ends.
  for (const { start, end } of blocks) splitBlock(text, start, end, sentences, blocks.length === 1);
  return sentences;
}

function splitBlock(
  text: string,
  start: number,
  end: number,
  out: Sentence[],
  unknown: boolean,
): void {
  const block = text.slice(start, end);
  const trimmed = block.trim();
  // A headline may ask ("What's Zorvix Timeline?"): a question in title case is still a line.
  const question = /\?["”’')\]]*$/u.test(trimmed) && isLine(trimmed) && titleCased(trimmed);
  const prose = unknown || (/[.!?…:;]["”’')\]]*$/u.test(trimmed) && !question) || !isLine(trimmed);
  let from = 0;
  for (const m of block.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].trimEnd().length;
    if (!endsSentence(block, m.index, m.index + m[0].length)) continue;
    push(out, text, start + from, start + cut, prose);
    from = m.index + m[0].length;
  }
  push(out, text, start + from, end, prose);
}

/**
 * A block edge inside a sentence, where a page set a link or a name in a block of its own ("In the
 * past, the | Supreme Court | has found…"): the text before it has no closing stop and the text
 * after it starts in lower case. (A heading may end in a lower-case word, "Pricing and the
 * competition", but what follows it starts a sentence.)
 */
function runsOn(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).trimEnd();
  return !/[.!?…:;"”’')\]]$/u.test(before) && /^\s*\p{Ll}/u.test(text.slice(at, at + 5));
}

/**
 * A block without a closing stop is a line when it is short and written in title case ("Penguin
 * Post Office Is Hiring", "Related: Zorvix Names New Chief") or is a bare label of a few words. A
 * heading in sentence case ("Syria needs a political solution to defeat the Islamic State group")
 * is said the way prose is.
 */
function isLine(block: string): boolean {
  const words = block.split(/\s+/);
  if (words.length > MAX_LINE_WORDS) return headlineCase(words);
  if (words.length <= 3) return true;
  const major = words.filter((w) => /^[\p{L}'’-]{4,}$/u.test(w));
  return major.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * major.length;
}

/** Most of its longer words capitalised, as headlines and names are. */
function titleCased(block: string): boolean {
  const words = block.split(/\s+/).slice(1);
  const major = words.filter((w) => /^[\p{L}'’-]{4,}/u.test(w));
  return major.length >= 1 && major.every((w) => /^\p{Lu}/u.test(w));
}

/** Small words that only a headline's title case capitalises inside a line. */
const SMALL_WORDS = /^(?:A|An|And|As|At|But|For|In|Into|Is|It|Of|On|Or|The|To|With)$/u;

/**
 * A long line is a headline when it capitalises its small words as well ("… Had In Mind When It
 * Acqui-Hired …"): prose never writes "In" or "It" inside a sentence, names seldom hold two.
 */
function headlineCase(words: string[]): boolean {
  const inner = words.slice(1).filter((w) => /^\p{L}+$/u.test(w));
  const small = inner.filter((w) => SMALL_WORDS.test(w[0].toUpperCase() + w.slice(1)));
  return small.length >= 2 && small.every((w) => /^\p{Lu}/u.test(w)) && titleCased(words.join(' '));
}

function endsSentence(text: string, punct: number, next: number): boolean {
  if (text[punct] === '!') return !bangInName(text, punct);
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

function push(out: Sentence[], text: string, start: number, end: number, prose: boolean): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, prose });
}

/**
 * "according to Yahoo! Sports", "said E! News", "read e! Science News": a brand's exclamation mark
 * inside a sentence, glued to a short word (capitalised, or one letter) and followed by a
 * capitalised word that does not open sentences. An exclamation opening its sentence ("Wow! That
 * …") or closing a quotation ends it.
 */
export function bangInName(text: string, at: number): boolean {
  if (text[at] !== '!' || !/^ \p{Lu}/u.test(text.slice(at + 1, at + 3))) return false;
  const word = /(?:^|[\s(])(\p{L}[\p{L}\p{N}]{0,7})$/u.exec(
    text.slice(Math.max(0, at - 10), at),
  )?.[1];
  // "The answer is YES! News Nation found…": a word shouted in capitals is an exclamation.
  if (!word || !(/^\p{Lu}/u.test(word) || word.length === 1) || /^\p{Lu}{2,}$/u.test(word))
    return false;
  const following = /^ (\p{L}+)/u.exec(text.slice(at + 1))?.[1].toLowerCase() ?? '';
  // An outlet's name holds its mark even where it opens the sentence: "Yahoo! Sports, which…".
  if (isListedOutlet(`${word.toLowerCase()} ${following}`)) return true;
  const before = text.slice(Math.max(0, at - word.length - 3), at - word.length).trimEnd();
  if (before === '' || /[.!?:;"“”…]$/u.test(before)) return false;
  return !SENTENCE_STARTERS.has(following);
}
