/**
 * Runs in a corpus page (main world, evaluated by bench/anchoring.ts): Gloss's anchor() and the
 * Hypothesis baseline over the same page text, the same quotes, in one run. Exposed as
 * `globalThis.__glossBench`; nothing here touches the extension.
 */
import { Readability } from '@mozilla/readability';
import {
  anchor,
  buildTextMap,
  describe,
  locate,
  rangeFromOffsets,
  type TextMap,
} from '../../utils/page/anchoring';
import { revisionCases, type RevisionCase } from '../../tests/fixtures/revisions/cases';
import { evaluate, type Tally } from '../../tests/fixtures/revisions/evaluate';
import { matchQuoteHypothesis } from '../lib/hypothesis-baseline';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../utils/model';
import { idleSlicer, serializePage, type Slicer } from '../../utils/page/page-snapshot';

export interface QuoteCase {
  selectors: Selector[];
  /** Where the right answer starts in the text being searched, or null for an orphan. */
  at: number | null;
}

export interface SetResult {
  /** Median over the timed passes of the whole set's time, in ms. */
  ms: number;
  passes: number[];
  /** The first (cold) pass, in ms: includes one-off work such as Gloss's per-page index. */
  coldMs: number;
  /** How many times the set ran per timed pass. */
  reps: number;
  wrong: number;
  missed: number;
  approximate: number;
}

let map: TextMap | null = null;

/** Sentence-like spans of rendered text: end in . ! ? and are mostly letters (as the unit bench). */
function sentenceSpans(text: string, min = 60, max = 300): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[^.!?。！？]+[.!?。！？]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    const letters = s.replace(/[^\p{L}]/gu, '').length;
    if (s.length >= min && s.length <= max && letters / s.length > 0.7)
      spans.push({ start: m.index + lead, end: m.index + lead + s.length });
  }
  return spans;
}

/** Word-aligned passages of ~80–120 characters, mostly letters, in the gaps between `taken` spans. */
function passagesBetween(
  text: string,
  taken: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const gaps = [0, ...taken.flatMap((t) => [t.start, t.end]), text.length];
  for (let g = 0; g < gaps.length; g += 2) {
    const [from, to] = [gaps[g] + 2, gaps[g + 1] - 2];
    for (let pos = from; pos + 80 < to;) {
      const start = text.indexOf(' ', pos) + 1;
      const end = text.indexOf(' ', start + 80);
      if (start <= 0 || end < 0 || end > to) break;
      const s = text.slice(start, end);
      if (s.replace(/[^\p{L}]/gu, '').length / s.length > 0.7) out.push({ start, end });
      pos = end + 20;
    }
  }
  return out;
}

function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

const quoteOf = (c: QuoteCase) =>
  c.selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector;
const positionOf = (c: QuoteCase) =>
  c.selectors.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined;

/** Hypothesis's method end to end: match the quote, then turn the offsets into a DOM range, as Gloss does. */
function hypothesisAnchor(m: TextMap, c: QuoteCase): { start: number } | null {
  const q = quoteOf(c);
  const found = matchQuoteHypothesis(m.text, q.exact, {
    prefix: q.prefix,
    suffix: q.suffix,
    hint: positionOf(c)?.start,
  });
  if (!found) return null;
  rangeFromOffsets(m, found.start, found.end);
  return found;
}

function glossAnchor(m: TextMap, c: QuoteCase): { start: number; confidence: number } | null {
  return anchor(m, c.selectors);
}

/** Both methods on the revision corpus take the stored quote, its context and its position. */
const glossOnText = (text: string, q: RevisionCase['quote']) =>
  locate(text, [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector', start: q.start, end: q.start + q.exact.length },
  ]);
const hypothesisOnText = (text: string, q: RevisionCase['quote']) =>
  matchQuoteHypothesis(text, q.exact, { prefix: q.prefix, suffix: q.suffix, hint: q.start });

export type RevisionResult = {
  cases: number;
  gloss: Tally & { ms: number };
  hypothesis: Tally & { ms: number };
};

const api = {
  /** Builds the text map of the page as it is now; returns its length and the build time. */
  buildMap(): { chars: number; nodes: number; ms: number } {
    const t0 = performance.now();
    map = buildTextMap(document.body);
    return { chars: map.text.length, nodes: map.nodes.length, ms: performance.now() - t0 };
  },

  /** `n` sentences of this page, described by Gloss as a reader's selection would be. */
  describeSentences(n: number, offset = 0): QuoteCase[] {
    const m = map!;
    // Sentences, as readers select them; a page with fewer than n adds word-aligned passages
    // from the text between them (never overlapping, so each quote's edit touches only that quote).
    const sentences = sentenceSpans(m.text).slice(offset);
    const spans =
      sentences.length >= n
        ? spread(sentences, n)
        : [...sentences, ...spread(passagesBetween(m.text, sentences), n - sentences.length)].sort(
            (a, b) => a.start - b.start,
          );
    return spans.map((s) => ({
      selectors: describe(rangeFromOffsets(m, s.start, s.end), document.body, m),
      at: s.start,
    }));
  },

  /**
   * The page changes after the quotes were taken: the word nearest the middle of each quoted
   * sentence is replaced in the DOM, working from the end of the page backwards so earlier offsets
   * stay valid. Returns the edited cases, each with where its sentence now starts.
   */
  editMiddleWords(cases: QuoteCase[], replacement = 'substituted'): QuoteCase[] {
    const m = map!;
    const edits: { at: number; delta: number }[] = [];
    const edited: QuoteCase[] = [];
    for (const c of [...cases].sort((a, b) => b.at! - a.at!)) {
      const words = [...quoteOf(c).exact.matchAll(/\p{L}{3,}/gu)];
      const mid = words[Math.floor(words.length / 2)];
      if (!mid || mid.index === undefined) continue;
      const range = rangeFromOffsets(m, c.at! + mid.index, c.at! + mid.index + mid[0].length);
      if (range.toString() !== mid[0]) continue; // the word straddles markup oddly; leave it
      range.deleteContents();
      range.insertNode(document.createTextNode(replacement));
      edits.push({ at: c.at!, delta: replacement.length - mid[0].length });
      edited.push(c);
    }
    return edited.map((c) => ({
      ...c,
      at: c.at! + edits.filter((e) => e.at < c.at!).reduce((sum, e) => sum + e.delta, 0),
    }));
  },

  /**
   * Times both matchers over one set. Each first runs once untimed (cold: JIT, Gloss's per-page
   * index) and is checked for right answers; then timed passes alternate Gloss, Hypothesis, Gloss…
   * so drift on a noisy machine hits both alike. The median pass counts.
   */
  compare(cases: QuoteCase[], passes = 9): { gloss: SetResult; hypothesis: SetResult } {
    const m = map!;
    const check = (matcher: typeof glossAnchor | typeof hypothesisAnchor) => {
      let wrong = 0;
      let missed = 0;
      let approximate = 0;
      const t0 = performance.now();
      for (const c of cases) {
        const found = matcher(m, c);
        if (c.at === null) wrong += found ? 1 : 0;
        else if (!found) missed++;
        else if (Math.abs(found.start - c.at) > 2) wrong++;
        if (found && 'confidence' in found && (found as { confidence: number }).confidence < 1)
          approximate++;
      }
      return { coldMs: performance.now() - t0, wrong, missed, approximate };
    };
    const g = check(glossAnchor);
    const h = check(hypothesisAnchor);
    // performance.now() is coarsened in pages (100 µs): a fast set repeats within a pass until the pass lasts ~20 ms.
    const repsFor = (coldMs: number) =>
      Math.max(1, Math.min(50, Math.ceil(20 / Math.max(coldMs, 0.1))));
    const reps = { gloss: repsFor(g.coldMs), hypothesis: repsFor(h.coldMs) };
    const times = { gloss: [] as number[], hypothesis: [] as number[] };
    for (let p = 0; p < passes; p++) {
      for (const who of ['gloss', 'hypothesis'] as const) {
        const matcher = who === 'gloss' ? glossAnchor : hypothesisAnchor;
        const t = performance.now();
        for (let r = 0; r < reps[who]; r++) for (const c of cases) matcher(m, c);
        times[who].push((performance.now() - t) / reps[who]);
      }
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return {
      gloss: { ms: median(times.gloss), passes: times.gloss, reps: reps.gloss, ...g },
      hypothesis: {
        ms: median(times.hypothesis),
        passes: times.hypothesis,
        reps: reps.hypothesis,
        ...h,
      },
    };
  },

  /** Quotes of this page that are not in `otherText` (collapsed), with their context and position. */
  orphanCandidates(otherText: string, n: number): QuoteCase[] {
    // Any sentence-like span of 30+ characters: orphans come from several other pages until there are n.
    const m = map!;
    const spans = sentenceSpans(m.text, 30).filter(
      (s) => !otherText.includes(m.text.slice(s.start, s.end)),
    );
    return spread(spans, n).map((s) => ({
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: m.text.slice(s.start, s.end),
          prefix: m.text.slice(Math.max(0, s.start - 32), s.start),
          suffix: m.text.slice(s.end, s.end + 32),
        },
        { type: 'TextPositionSelector', start: s.start, end: s.end },
      ],
      at: null,
    }));
  },

  text: () => map!.text,

  /** The revision corpus's cases for this page (tests/fixtures/revisions), scored for both methods. */
  revisions(page: string, perKind: number): RevisionResult {
    const cases = revisionCases(page, map!.text, perKind);
    const t0 = performance.now();
    const gloss = evaluate(cases, glossOnText);
    const t1 = performance.now();
    const hypothesis = evaluate(cases, hypothesisOnText);
    const t2 = performance.now();
    return {
      cases: cases.length,
      gloss: { ...gloss, ms: t1 - t0 },
      hypothesis: { ...hypothesis, ms: t2 - t1 },
    };
  },

  /**
   * What the page now pays instead of Readability: Gloss's copy of its HTML in idle slices (each
   * slice timed), then the JSON the message to the background costs; and one whole outerHTML, for scale.
   */
  async snapshot(): Promise<{
    slices: number[];
    wallMs: number;
    jsonMs: number;
    outerHtmlMs: number;
    chars: number;
  }> {
    const idle = idleSlicer(window);
    const slices: number[] = [];
    let sliceStart = 0;
    const timed: Slicer = {
      spent: idle.spent,
      next: async () => {
        if (sliceStart) slices.push(performance.now() - sliceStart);
        await idle.next();
        sliceStart = performance.now();
      },
    };
    const t0 = performance.now();
    const html = await serializePage(document, timed, 'gloss-ui, gloss-card');
    slices.push(performance.now() - sliceStart);
    const wallMs = performance.now() - t0;
    const j0 = performance.now();
    JSON.stringify({ type: 'article:extract', payload: { url: location.href, html } });
    const jsonMs = performance.now() - j0;
    const o0 = performance.now();
    void document.documentElement.outerHTML.length;
    return { slices, wallMs, jsonMs, outerHtmlMs: performance.now() - o0, chars: html.length };
  },

  /** Readability as the page-load baseline: clone the document, parse the clone (what Gloss's extractArticle does). */
  readability(): { cloneMs: number; parseMs: number; found: boolean } {
    const t0 = performance.now();
    const clone = document.cloneNode(true) as Document;
    const t1 = performance.now();
    const article = new Readability(clone).parse();
    return { cloneMs: t1 - t0, parseMs: performance.now() - t1, found: !!article };
  },
};

(globalThis as unknown as { __glossBench: typeof api }).__glossBench = api;
export type AnchoringPageApi = typeof api;
