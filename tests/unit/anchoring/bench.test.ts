/**
 * Not a test: timings of Gloss's matcher against the Hypothesis baseline, in one run.
 * `GLOSS_BENCH=1 npx vitest run tests/unit/anchoring/bench.test.ts`
 */
import { it } from 'vitest';
import { buildTextMap } from '../../../utils/anchoring';
import { matchQuote } from '../../../utils/anchoring/match-quote';
import { matchQuoteHypothesis } from '../../../utils/anchoring/hypothesis-baseline';
import { changeMiddleWord, corpusDocument, corpusNames, sentenceSpans, spread } from './helpers';

interface Case {
  quote: string;
  prefix: string;
  suffix: string;
  hint?: number;
  /** Where the right answer is, or null for an orphan. */
  at: number | null;
}

function cases(text: string, source: string, kind: 'exact' | 'edited' | 'edited-no-hint', n: number): Case[] {
  return spread(sentenceSpans(source), n).map((s) => {
    const quote = source.slice(s.start, s.end);
    const ctx = { prefix: source.slice(Math.max(0, s.start - 32), s.start), suffix: source.slice(s.end, s.end + 32) };
    if (kind === 'exact') return { quote, ...ctx, hint: s.start, at: s.start };
    return { quote: changeMiddleWord(quote), ...ctx, hint: kind === 'edited' ? s.start : undefined, at: s.start };
  });
}

function orphans(text: string, others: string[], n: number): Case[] {
  const all = others.flatMap((o) =>
    sentenceSpans(o).map((s) => ({ quote: o.slice(s.start, s.end), prefix: o.slice(Math.max(0, s.start - 32), s.start), suffix: o.slice(s.end, s.end + 32), hint: s.start, at: null })),
  );
  return spread(all.filter((c) => !text.includes(c.quote)), n);
}

type Matcher = (text: string, c: Case) => { start: number; end: number } | null;
const gloss: Matcher = (text, c) => matchQuote(text, c.quote, c);
const hypothesis: Matcher = (text, c) => matchQuoteHypothesis(text, c.quote, c);

function run(text: string, list: Case[], matcher: Matcher) {
  for (const c of list.slice(0, 10)) matcher(text, c); // warm-up
  let wrong = 0;
  let missed = 0;
  const t0 = performance.now();
  for (const c of list) {
    const m = matcher(text, c);
    if (c.at === null) wrong += m ? 1 : 0;
    else if (!m) missed++;
    else if (Math.abs(m.start - c.at) > 2) wrong++;
  }
  const ms = (performance.now() - t0) / list.length;
  return `${ms.toFixed(3)} ms/quote, ${wrong} wrong, ${missed} missed`;
}

it.skipIf(!process.env.GLOSS_BENCH)('bench', () => {
  const texts = new Map(corpusNames().map((n) => [n, buildTextMap(corpusDocument(n).body).text]));
  const longest = [...texts.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  // ~134 K characters like the figures in TOOLCHAIN.md: the longest page followed by others.
  const big = [longest[1], ...[...texts.values()].filter((t) => t !== longest[1])].join(' ').slice(0, 134_000);
  for (const [label, text] of [[`${longest[0]} (${longest[1].length} chars)`, longest[1]], [`joined pages (${big.length} chars)`, big]] as const) {
    const others = [...texts.values()].filter((t) => !text.includes(t.slice(0, 200)));
    const suites: [string, Case[]][] = [
      ['exact', cases(text, text, 'exact', 200)],
      ['edited (hint)', cases(text, text, 'edited', 200)],
      ['edited (no hint)', cases(text, text, 'edited-no-hint', 200)],
      ['orphan', orphans(text, others, 200)],
    ];
    console.log(`\n${label}`);
    for (const [name, list] of suites) {
      console.log(`  ${name.padEnd(17)} n=${list.length}  gloss: ${run(text, list, gloss)} | hypothesis: ${run(text, list, hypothesis)}`);
    }
  }
});
