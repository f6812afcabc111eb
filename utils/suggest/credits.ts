/**
 * Credit lines: who reported, wrote, edited, compiled or drew a story, and where a chart's figures
 * come from. Wire services close a story with one ("(Additional reporting by Jane Doe in JAKARTA;
 * Writing by John Roe; Editing by Ann Poe)", "Reporting by Jane Doe; Editing by John Roe",
 * "-- Compiled by Jane Doe", "To contact the reporter on this story: …"), graphics carry one
 * ("SOURCE: Aviation Body; World Bank.") and data projects end with one ("The Tracker was created
 * for The Daily by Jane Doe and John Roe"). Everyone named there is the publisher's staff or
 * supplier, not a subject of the story. Unlike the name patterns of furniture.ts, these rules take
 * the whole credit (its places and semicolons too), so no name in a long list slips out.
 */
import type { Range } from './furniture';
import { blocksOf, type Sentence } from './sentences';
import { CLOSING_NOTE_CHARS } from './sign-offs';

/** What the staff of a story did, as credit lines say it. */
const ROLE = String.raw`(?:(?:additional|further|extra|other)\s+)?(?:reporting|writing|editing|written|edited|compiled|reported|produced|research|researched|fact-checking|graphics?|photos?|photography|video|design|designed|translation|translated)`;

/** "(Additional reporting by …; Editing by …)": a credit in brackets, wherever it stands. */
const BRACKETED = new RegExp(String.raw`\(\s*${ROLE}\s+by\b[^()]*\)`, 'giu');

/**
 * A credit that opens its sentence ("Reporting by Jane Doe in Seoul; Editing by John Roe",
 * "— Compiled by Jane Doe"). "Data compiled by Bloomberg show…" reports a source: the role must
 * open the sentence, past dashes or a bracket at most.
 */
const OPENING = new RegExp(String.raw`^[\s(\[\-–—•*]*${ROLE}\s+by\b`, 'iu');

/** "To contact the reporter on this story: …", "To contact the editors responsible for this story: …". */
const CONTACT = /^To\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b/iu;

/** A graphic's source line: "SOURCE: Aviation Body; World Bank.", "Sources: …", "Data: …". */
const SOURCE_LINE = /^[\s([]*(?:sources?|data|chart|graphics?|map|illustration)\s*:/iu;
/** A source line is short: a paragraph this long that opens with "Source:" says more than that. */
const MAX_SOURCE_WORDS = 30;

const MADE = String.raw`(?:was|were|is|has\s+been)\s+(?:created|produced|compiled|designed|developed|built|prepared|reported|written|edited|put\s+together)`;
/**
 * "The Presidential Tracker was created for The Daily by …" (made for a publication), "This story
 * was reported by …" (the story itself). "The book was written by …" reports on a book.
 */
const MADE_BY = [
  new RegExp(
    String.raw`^(?:This|The)\s+(?:[\p{L}-]+\s+){1,4}${MADE}\s+for\s+[^;]{1,50}?\s+by\s+\p{Lu}`,
    'u',
  ),
  new RegExp(
    String.raw`^This\s+(?:story|article|report|piece|graphic|chart|map|tracker|interactive|project|series|video)\s+${MADE}\s+(?:in\s+part\s+)?by\s+\p{Lu}`,
    'u',
  ),
];

/** The ranges of credit lines in `text`; a credit opening a sentence runs to the end of its block. */
export function creditRanges(
  text: string,
  breaks: readonly number[],
  sentences: readonly Sentence[],
): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(BRACKETED))
    out.push({ start: m.index, end: m.index + m[0].length });
  const blocks = blocksOf(text, breaks);
  const blockEnd = (at: number) => blocks.find((b) => b.end > at)?.end ?? text.length;
  for (const s of sentences) {
    if (OPENING.test(s.text) || CONTACT.test(s.text))
      out.push({ start: s.start, end: blockEnd(s.start) });
    else if (s.start >= text.length - CLOSING_NOTE_CHARS && MADE_BY.some((re) => re.test(s.text)))
      out.push({ start: s.start, end: s.end });
  }
  for (const b of blocks) {
    const block = text.slice(b.start, b.end);
    if (SOURCE_LINE.test(block) && block.trim().split(/\s+/).length <= MAX_SOURCE_WORDS)
      out.push(b);
  }
  return out;
}
