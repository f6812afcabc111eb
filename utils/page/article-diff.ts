import { diffArrays, diffWordsWithSpace } from 'diff';

/*
 * A word-level diff of an article's paragraphs then and now, NewsDiffs-style: paragraphs are
 * aligned first (jsdiff's diffArrays), so an unchanged paragraph costs nothing and is shown only as
 * a count; each run of changed paragraphs is then diffed word by word (diffWordsWithSpace, whose
 * pieces put together give both texts back exactly, so offsets stay true).
 *
 * Offsets are into the texts the paragraphs make joined by a newline — the same offsets as joined
 * by a space, which is the article's text as extraction gives it (utils/page/paragraphs.ts).
 */

export type SegmentKind = 'same' | 'removed' | 'added';

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** Where the segment sits in the old text (for an added one: where it was inserted). */
  oldAt: number;
  /** Where the segment sits in the new text (for a removed one: where it was taken out). */
  newAt: number;
}

export type DiffBlock =
  /** Paragraphs the same then and now: where they sit in each text, and their joined length. */
  | { kind: 'unchanged'; paragraphs: number; oldAt: number; newAt: number; length: number }
  | { kind: 'changed'; segments: Segment[] };

export interface ArticleDiff {
  blocks: DiffBlock[];
  removedWords: number;
  addedWords: number;
}

/**
 * Word edits past which a run of paragraphs is shown as replaced whole: a rewrite that large reads
 * better as before/after than as confetti, and it bounds the diff's O(N·D) cost. A count, not a
 * timeout, so the same texts always give the same diff.
 */
export const MAX_WORD_EDITS = 1_000;

const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** The paragraphs' texts joined by newlines: what the diff's offsets count. */
export const joinParagraphs = (paragraphs: readonly string[]) => paragraphs.join('\n');

export function diffArticle(before: readonly string[], after: readonly string[]): ArticleDiff {
  const blocks: DiffBlock[] = [];
  let oldAt = 0;
  let newAt = 0;
  let removed: string[] = [];
  let added: string[] = [];
  // A run of removed and added paragraphs, then the unchanged ones after it.
  const flush = () => {
    if (!removed.length && !added.length) return;
    const from = joinParagraphs(removed);
    const to = joinParagraphs(added);
    blocks.push({ kind: 'changed', segments: placed(wordDiff(from, to), oldAt, newAt) });
    oldAt += from.length + (removed.length ? 1 : 0);
    newAt += to.length + (added.length ? 1 : 0);
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...before], [...after])) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      const length = joinParagraphs(part.value).length;
      blocks.push({ kind: 'unchanged', paragraphs: part.value.length, oldAt, newAt, length });
      oldAt += length + 1;
      newAt += length + 1;
    }
  }
  flush();
  let removedWords = 0;
  let addedWords = 0;
  for (const block of blocks) {
    if (block.kind === 'unchanged') continue;
    for (const s of block.segments) {
      if (s.kind === 'removed') removedWords += words(s.text);
      if (s.kind === 'added') addedWords += words(s.text);
    }
  }
  return { blocks, removedWords, addedWords };
}

type Piece = { kind: SegmentKind; text: string };

function wordDiff(from: string, to: string): Piece[] {
  if (!from || !to) {
    return [
      ...(from ? [{ kind: 'removed' as const, text: from }] : []),
      ...(to ? [{ kind: 'added' as const, text: to }] : []),
    ];
  }
  const changes = diffWordsWithSpace(from, to, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) {
    return [
      { kind: 'removed', text: from },
      { kind: 'added', text: to },
    ];
  }
  return tidy(
    changes.map((c) => ({
      kind: c.removed ? 'removed' : c.added ? 'added' : 'same',
      text: c.value,
    })),
  );
}

/**
 * A lone space kept between two edits ("~~the old~~ ~~words~~") is folded into them, and a run of
 * edits reads removed-then-added: "~~the old words~~ the new ones", as NewsDiffs shows a rewrite.
 */
function tidy(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let run: Piece[] = [];
  const flushRun = () => {
    const removed = run.filter((p) => p.kind === 'removed').map((p) => p.text);
    const added = run.filter((p) => p.kind === 'added').map((p) => p.text);
    if (removed.length) out.push({ kind: 'removed', text: removed.join('') });
    if (added.length) out.push({ kind: 'added', text: added.join('') });
    run = [];
  };
  pieces.forEach((piece, i) => {
    const between =
      piece.kind === 'same' &&
      !piece.text.trim() &&
      run.length > 0 &&
      pieces[i + 1] !== undefined &&
      pieces[i + 1].kind !== 'same';
    if (piece.kind !== 'same') run.push(piece);
    else if (between) {
      run.push({ kind: 'removed', text: piece.text }, { kind: 'added', text: piece.text });
    } else {
      flushRun();
      out.push(piece);
    }
  });
  flushRun();
  return out;
}

/** Gives each piece its offsets in the old and the new text. */
function placed(pieces: Piece[], oldStart: number, newStart: number): Segment[] {
  let oldAt = oldStart;
  let newAt = newStart;
  return pieces.map((piece) => {
    const segment = { ...piece, oldAt, newAt };
    if (piece.kind !== 'added') oldAt += piece.text.length;
    if (piece.kind !== 'removed') newAt += piece.text.length;
    return segment;
  });
}

/** The old text's length covered by a segment (nothing for an added one). */
export const oldLength = (s: Segment) => (s.kind === 'added' ? 0 : s.text.length);
/** The new text's length covered by a segment (nothing for a removed one). */
export const newLength = (s: Segment) => (s.kind === 'removed' ? 0 : s.text.length);
