import type { Annotation } from '../model';
import { matchQuote } from '../page/anchoring/match-quote';
import { pageOrder } from '../page/page-order';

/**
 * An article's saved text with its annotations marked: each paragraph cut into runs, every run
 * carrying the annotations that cover it (overlapping marks give runs with several). Quotes are
 * found the way a page finds them (match-quote.ts: the stored context decides between repeats);
 * one the text no longer holds is `unplaced`, shown apart with its own context.
 */
export interface Run {
  text: string;
  /** Annotations covering this run, in page order. */
  ids: string[];
}
export interface Passage {
  runs: Run[];
  /** Annotations that begin in this paragraph: their notes sit beside it. */
  starting: Annotation[];
}
export interface PlacedText {
  paragraphs: Passage[];
  unplaced: Annotation[];
}

const SEPARATOR = '\n\n';

export function placeInParagraphs(paragraphs: string[], annotations: Annotation[]): PlacedText {
  const text = paragraphs.join(SEPARATOR);
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + SEPARATOR.length;
  }
  const placed: { annotation: Annotation; start: number; end: number }[] = [];
  const unplaced: Annotation[] = [];
  for (const annotation of pageOrder(annotations)) {
    const m = matchQuote(text, annotation.quote, {
      prefix: annotation.prefix,
      suffix: annotation.suffix,
    });
    if (m) placed.push({ annotation, start: m.start, end: m.end });
    else unplaced.push(annotation);
  }
  placed.sort((a, b) => a.start - b.start);

  const result = paragraphs.map((p, i) => {
    const from = starts[i];
    const to = from + p.length;
    const inside = placed.filter((x) => x.start < to && x.end > from);
    // Every boundary of a mark inside this paragraph cuts a run.
    const cuts = [
      ...new Set([
        0,
        p.length,
        ...inside
          .flatMap((x) => [x.start - from, x.end - from])
          .filter((c) => c > 0 && c < p.length),
      ]),
    ].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const [a, b] = [cuts[c] + from, cuts[c + 1] + from];
      runs.push({
        text: text.slice(a, b),
        ids: inside.filter((x) => x.start < b && x.end > a).map((x) => x.annotation.id),
      });
    }
    const starting = placed
      .filter((x) => x.start >= from && x.start < to + SEPARATOR.length)
      .map((x) => x.annotation);
    return { runs, starting };
  });
  return { paragraphs: result, unplaced };
}
