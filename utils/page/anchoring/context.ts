/**
 * How well the text next to a candidate agrees with the stored prefix and suffix. Each side is
 * compared by edit distance aligned at the candidate's edge; that is the costly part of scoring,
 * so the unchanged case is checked first, character by character. Context past a
 * sentence end belongs to a neighbouring sentence, which news desks rewrite freely: its edits count
 * a quarter as much as edits inside the quote's own sentence. A rewritten neighbour is still a
 * neighbour, though: a sentence still ends between it and the quote. Where the candidate has no
 * sentence end on that side, its context is not a rewritten neighbour but the quote's words inside
 * another sentence (a phrase the story repeats, a pull quote's source), and every edit counts in full.
 */

/** Net insertions allowed between a match and its context before the context stops counting. */
const CONTEXT_SLACK = 8;
/** A side that leaves fewer characters than this to compare is no evidence either way. */
const MIN_COMPARED = 4;
const NEIGHBOUR_WEIGHT = 0.25;
const SENTENCE_END = /[.!?]["'”’)]*\s|[。！？]/g;

/** ASCII letters compare without case: "many" and "Many" are the same neighbour re-capitalised. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

const ENDS_SENTENCE = /(?:[.!?]["'”’)]*|[。！？])$/;
const HAS_SENTENCE_END = new RegExp(SENTENCE_END.source);

/** How many characters of a side, counted from the quote outward, lie in the quote's own sentence. */
function ownSentence(side: string, isPrefix: boolean): number {
  let own = side.length;
  for (const m of side.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (isPrefix) own = side.length - end;
    else return Math.min(own, end);
  }
  return own;
}

/**
 * `own` characters of a stored side are in the quote's own sentence and the rest in a neighbour,
 * as long as the candidate's side, read from `from` in direction `step` as far as the comparison
 * reaches, also crosses a sentence end. Otherwise the whole side is the quote's own sentence.
 */
function ownPart(text: string, from: number, step: 1 | -1, side: string, own: number): number {
  if (own >= side.length) return own;
  const reach = side.length + CONTEXT_SLACK;
  const read =
    step === 1 ? text.slice(from, from + reach) : text.slice(Math.max(0, from - reach), from);
  return HAS_SENTENCE_END.test(read) ? own : side.length;
}

/**
 * Agreement (0..1) of `expected` with the text read from `from` in direction `step` (1: forwards,
 * -1: backwards, with `expected` read from its end): 1 − weighted edits per character, aligned at
 * `from` and free at the far end, so context must sit right against the match, not merely
 * somewhere near it. A side that is all neighbouring sentence agrees at least 1 − NEIGHBOUR_WEIGHT.
 */
function sideAgreement(
  text: string,
  from: number,
  step: 1 | -1,
  expected: string,
  own: number,
): number {
  const m = expected.length;
  const n = Math.min(step === 1 ? text.length - from : from, m + CONTEXT_SLACK);
  let prev = new Float64Array(n + 1);
  let row = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const cost = i <= own ? 1 : NEIGHBOUR_WEIGHT;
    row[0] = prev[0] + cost;
    const c = fold(expected.charCodeAt(step === 1 ? i - 1 : m - i));
    for (let j = 1; j <= n; j++) {
      const t = fold(text.charCodeAt(step === 1 ? from + j - 1 : from - j));
      row[j] = Math.min(prev[j - 1] + (t === c ? 0 : cost), prev[j] + cost, row[j - 1] + cost);
    }
    [prev, row] = [row, prev];
  }
  let best = Infinity;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]);
  return 1 - best / m;
}

/** The stored context, as far as the text reaches, is right there unchanged: the common case, decided without allocating. */
export function contextIntact(
  text: string,
  start: number,
  end: number,
  prefix = '',
  suffix = '',
): boolean {
  const before =
    prefix.length <= start
      ? text.endsWith(prefix, start)
      : text.startsWith(prefix.slice(prefix.length - start));
  return (
    before &&
    (suffix.length <= text.length - end
      ? text.startsWith(suffix, end)
      : suffix.startsWith(text.slice(end)))
  );
}

export interface ContextAgreement {
  /** Agreement (0..1) of each side that could be compared. */
  sides: number[];
  /** Characters of stored context compared. */
  compared: number;
}

/**
 * The agreement of each side that can be compared: none stored, or the text ending right there,
 * leaves a side out. Where the text ends before the stored context does (a quote now at the top
 * of the text), only the part that fits is compared.
 */
export function contextAgreement(
  text: string,
  start: number,
  end: number,
  prefix = '',
  suffix = '',
  quote = '',
): ContextAgreement {
  const sides: number[] = [];
  let compared = 0;
  const p = prefix.slice(-Math.min(prefix.length, start));
  if (p.length >= MIN_COMPARED) {
    sides.push(
      text.endsWith(p, start)
        ? 1
        : sideAgreement(text, start, -1, p, ownPart(text, start, -1, p, ownSentence(p, true))),
    );
    compared += p.length;
  }
  const s = suffix.slice(0, Math.min(suffix.length, text.length - end));
  if (s.length >= MIN_COMPARED) {
    // A quote that ends its sentence has all of its suffix in the next one (its sentence end is
    // inside the match, not after it).
    const own = ENDS_SENTENCE.test(quote) ? 0 : ownSentence(s, false);
    sides.push(
      text.startsWith(s, end)
        ? 1
        : sideAgreement(text, end, 1, s, own === 0 ? 0 : ownPart(text, end, 1, s, own)),
    );
    compared += s.length;
  }
  return { sides, compared };
}
