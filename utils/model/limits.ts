/*
 * Limits on what an import may hold. A file is untrusted input: these keep a broken or
 * hostile file from freezing the page (huge strings, deep nesting that would overflow the
 * stack) while staying far above anything a real export contains.
 */

/** Whole file, in characters of the decoded text. Callers should check `File.size` first. */
export const MAX_FILE_CHARS = 200 * 1024 * 1024;
/** Real exports nest at most 6 levels (collection → page → items → annotation → body). */
export const MAX_DEPTH = 32;
/** Any one JSON string as written in the file, escapes included (a 100 K quote of `\uXXXX` is 600 K). */
export const MAX_RAW_STRING_CHARS = 1_000_000;
/** Quotes, notes, claim notes, excerpts. */
export const MAX_TEXT_CHARS = 100_000;
/** TextQuote prefix/suffix (Gloss stores 32) and XPaths. */
export const MAX_CONTEXT_CHARS = 2_000;
export const MAX_NAME_CHARS = 500;
export const MAX_TAG_CHARS = 200;
export const MAX_TAGS = 100;
export const MAX_SELECTORS = 20;
export const MAX_URL_CHARS = 8_192;
/** Errors reported in full; the rest are counted ("…and 1,234 more problems"). */
export const MAX_REPORTED_ERRORS = 50;

/** Annotations one page may report anchor states for in one message. */
export const MAX_ANCHORS_PER_PAGE = 100_000;
/** Paragraphs in one article snapshot: a long feature has a few hundred; this bounds a forged one. */
export const MAX_SNAPSHOT_PARAGRAPHS = 5_000;
/** Approximately anchored marks whose current text one page report carries (the rest report none). */
export const MAX_REPORTED_TEXTS = 1_000;
/** Characters of one mark's current text in a page report: the diff shows no more of it. */
export const MAX_REPORTED_TEXT_CHARS = 2_000;
