import { MAX_SNAPSHOT_PARAGRAPHS, MAX_TEXT_CHARS } from '../model/limits';

/*
 * An article's text as plain paragraphs: what a snapshot keeps (utils/store/snapshots.ts) and what
 * a later visit is compared with (utils/page/article-diff.ts). Extraction (utils/page/article.ts)
 * gives the whitespace-collapsed text and the offsets where its blocks (paragraphs, headings, list
 * items, line breaks) begin; the split is pure, so the same text always gives the same paragraphs.
 */

/**
 * Cuts `text` at `breaks` (offsets where a block begins), trims each piece and drops empty ones.
 * Extraction sets blocks apart by one space, so for its breaks `paragraphs.join(' ')` is `text`
 * again, and hashes to the article's textHash.
 */
export function splitParagraphs(text: string, breaks: readonly number[]): string[] {
  const cuts = [...new Set(breaks)]
    .filter((b) => Number.isInteger(b) && b > 0 && b < text.length)
    .sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    const piece = text.slice(from, to).trim();
    if (piece) out.push(piece);
    from = to;
  }
  return out;
}

/**
 * Paragraphs within what a stored snapshot may hold (the model's limits): a paragraph longer than
 * a stored text is cut at a space, and paragraphs past the limit are left out. Only a forged or
 * pathological page comes near either; both sides of a comparison go through this, so they agree.
 */
export function fitParagraphs(
  paragraphs: readonly string[],
  maxChars = MAX_TEXT_CHARS,
  maxParagraphs = MAX_SNAPSHOT_PARAGRAPHS,
): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    let rest = paragraph;
    while (rest.length > maxChars) {
      const space = rest.lastIndexOf(' ', maxChars);
      const cut = space > 0 ? space : maxChars;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut).trimStart();
    }
    if (rest) out.push(rest);
    if (out.length >= maxParagraphs) return out.slice(0, maxParagraphs);
  }
  return out;
}
