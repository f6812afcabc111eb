/**
 * Boxes embedded in an article's text. A video embedded at the top of an article reaches its text as two blocks: the video's title, a
 * line without a closing stop ("Jane Doe's big night; John Roe's new pop-up"), then its blurb,
 * opened by the series' name and a colon ("Studio Nights: Jane Doe and …"). Names in them belong
 * to the video, not to the story (held-out-6's foxnews-1 had one).
 */
import type { Range } from './furniture';
import { blocksOf } from './sentences';

/** As sentences.ts counts a line: a heading is short and has no closing stop. */
const MAX_TITLE_WORDS = 14;
const MAX_BLURB_WORDS = 50;
/** A series' name of one to four capitalised words, then a colon: "Studio Nights: ". */
const SERIES_LABEL = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}:\s/u;

const words = (s: string) => s.split(/\s+/).length;

export function openingVideo(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  // The story itself must follow: a text of two blocks has nothing to tell them from.
  if (blocks.length < 3) return [];
  const [title, blurb] = blocks;
  const t = text.slice(title.start, title.end).trim();
  const b = text.slice(blurb.start, blurb.end).trim();
  const isTitle = words(t) <= MAX_TITLE_WORDS && !/[.!?…]["”’')]*$/u.test(t);
  return isTitle && SERIES_LABEL.test(b) && words(b) <= MAX_BLURB_WORDS ? [title, blurb] : [];
}

/** A teaser is cut short with an ellipsis ("…initially for students. It...") … */
const CUT_SHORT = /(?:\.\.\.|…)["”’)]*$/u;
/** … and followed by a link on its own to the rest: "Learn more", "Read more »". */
const MORE_LINK = /^(?:Learn|Read|See|Find\s+out)\s+more\s*[»›>→]?$/iu;

/**
 * A box about a company or a person the article links to (a database's profile, a related
 * story) reaches the text as a blurb cut short and a "Learn more" link. The blurb is the box's,
 * not the story's: names in it (where the company's founder studied) are not the article's
 * subjects (held-out-7's techcrunch1 had one). An article's own paragraph never ends mid-sentence.
 */
export function teaserBlurbs(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  return blocks.filter(({ start, end }, i) => {
    const next = blocks[i + 1];
    return (
      next !== undefined &&
      CUT_SHORT.test(text.slice(start, end).trim()) &&
      MORE_LINK.test(text.slice(next.start, next.end).trim())
    );
  });
}

/** "Thursday, June 06, 2013 | Jane Doe": a date, a bar, and who wrote it, as a block of its own. */
const DATED_BYLINE =
  /^(?:\p{Lu}\p{Ll}+day,\s+)?\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*\|\s*\p{Lu}[^|]{0,80}$/u;

/** "July 1, 2013 -- Updated 1640 GMT (0040 HKT)": a story's date and time, as a block of its own. */
const DATED_UPDATE =
  /^\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*(?:--|—|–)\s*Updated\s+\d{3,4}\s+GMT\b/u;

/**
 * A list of other stories ("Other Stories", "More News") reaches the text as a headline, a block
 * with the story's date and writer (or its time of update), then its opening lines. One dated
 * byline may be the article's own; two or more make a list, whose items name the other stories'
 * people (held-out-10's wbal-1 had two): each byline, its headline and its blurb are left out.
 */
export function datedTeasers(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  const dated = blocks.flatMap((b, i) => {
    const block = text.slice(b.start, b.end).trim();
    return DATED_BYLINE.test(block) || DATED_UPDATE.test(block) ? [i] : [];
  });
  if (dated.length < 2) return [];
  return dated.flatMap((i) => blocks.slice(Math.max(0, i - 1), i + 2));
}

/** "World Digest: July 18, 2013": a column's name, a colon and a date, as a block of its own. */
const DIGEST_HEAD =
  /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}:\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}$/u;

/**
 * A dated digest of other stories ("World Digest: July 18, 2013", then "Iran's Ahmadinejad
 * highlights ties with Iraq in final visit; Taliban blamed in deaths of …") reaches the text as
 * its heading and a block of headlines. An article's paragraph never opens with a date alone
 * after a colon, so the heading and the block after it are left out (held-out-9's
 * washingtonpost-1 had one).
 */
export function datedDigests(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  return blocks.flatMap((b, i) =>
    DIGEST_HEAD.test(text.slice(b.start, b.end).trim()) ? blocks.slice(i, i + 2) : [],
  );
}

/** A block that is one quotation, and nothing else. */
const WHOLE_QUOTE = /^["“][^"“”]+["”]$/u;
/** The quotation's attribution, a block of its own opened by a dash: "— JANE DOE, a pitcher for…". */
const ATTRIBUTION = /^[—–―-]\s*\p{Lu}/u;

/**
 * A box of quotations ("Quote of the day") reaches the text as a block that is one quotation, then
 * its attribution on a line of its own opened by a dash. Prose attributes a quotation in the same
 * paragraph ("…," she said); the box names someone from another story (held-out-8's time2 had one).
 */
export function quoteBoxes(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  return blocks.flatMap(({ start, end }, i) => {
    const next = blocks[i + 1];
    return next &&
      WHOLE_QUOTE.test(text.slice(start, end).trim()) &&
      ATTRIBUTION.test(text.slice(next.start, next.end).trim())
      ? [{ start, end }, next]
      : [];
  });
}
