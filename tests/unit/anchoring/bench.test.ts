/**
 * Not a test: timings of Gloss's matcher against the Hypothesis baseline, in one run.
 * `GLOSS_BENCH=1 npx vitest run tests/unit/anchoring/bench.test.ts`
 */
import { it } from 'vitest';
import { buildTextMap } from '../../../utils/anchoring';
import { matchQuote } from '../../../utils/anchoring/match-quote';
import { matchQuoteHypothesis } from '../../../utils/anchoring/hypothesis-baseline';
import { gramIndexFor } from '../../../utils/anchoring/gram-index';
import { parseHtml } from './helpers';
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

/** Median of 5 timed passes after one warm-up pass, so both matchers run JIT-compiled. */
function run(text: string, list: Case[], matcher: Matcher) {
  let wrong = 0;
  let missed = 0;
  for (const c of list) {
    const m = matcher(text, c);
    if (c.at === null) wrong += m ? 1 : 0;
    else if (!m) missed++;
    else if (Math.abs(m.start - c.at) > 2) wrong++;
  }
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const t0 = performance.now();
    for (const c of list) matcher(text, c);
    passes.push((performance.now() - t0) / list.length);
  }
  const ms = passes.sort((a, b) => a - b)[2];
  return { ms, text: `${ms.toFixed(3)} ms/quote, ${wrong} wrong, ${missed} missed` };
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/** A 5 MB page of pseudo-random prose from a small vocabulary (a hard case for the prefilter). */
function bigPage(): Document {
  let seed = 7;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words = 'the of and to in is was that for on with as by at from his her which were are said after people government would could about their other more this been year first'.split(' ');
  const sections: string[] = [];
  let total = 0;
  while (total < 5_000_000) {
    const paras: string[] = [];
    for (let p = 0; p < 50; p++) {
      const w = Array.from({ length: 80 }, () => words[Math.floor(rnd() * words.length)] + (rnd() < 0.2 ? Math.floor(rnd() * 100) : ''));
      paras.push(`<p>${w.slice(0, 30).join(' ')} <a href="#">${w.slice(30, 35).join(' ')}</a>\n  <em>${w.slice(35, 40).join(' ')}</em> ${w.slice(40).join(' ')}.</p>`);
    }
    const section = `<section>${paras.join('\n')}</section>`;
    total += section.length;
    sections.push(section);
  }
  return parseHtml(`<body>${sections.join('')}</body>`);
}

it.skipIf(!process.env.GLOSS_BENCH)('bench: 5 MB page', () => {
  const doc = bigPage();
  const [map, buildMs] = timed(() => buildTextMap(doc.body));
  const [, indexMs] = timed(() => gramIndexFor(map.text));
  const at = Math.floor(map.text.length / 2);
  const quote = map.text.slice(at, at + 200);
  const [exact, exactMs] = timed(() => matchQuote(map.text, quote, { hint: at + 5000 }));
  const edited = quote.slice(0, 100) + 'XYZ' + quote.slice(103);
  const [near, nearMs] = timed(() => matchQuote(map.text, edited, { hint: at }));
  const [far, farMs] = timed(() => matchQuote(map.text, edited, {}));
  const orphanQuote = 'Completely unrelated sentence about quantum chromodynamics and the weather in Lisbon, which nobody here wrote.';
  const [orphan, orphanMs] = timed(() => matchQuote(map.text, orphanQuote, { hint: at }));
  console.log(
    `5 MB page: ${map.text.length} chars, ${map.nodes.length} text nodes (jsdom); buildTextMap ${buildMs.toFixed(0)} ms, ` +
      `gram index ${indexMs.toFixed(0)} ms (once per page); exact ${exactMs.toFixed(2)} ms (${exact?.start === at}), ` +
      `edited near ${nearMs.toFixed(2)} ms (${near?.method}), edited no hint ${farMs.toFixed(2)} ms (${far?.start === at}), ` +
      `orphan ${orphanMs.toFixed(2)} ms (${orphan})`,
  );
}, 300_000);

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
    const [, indexMs] = timed(() => gramIndexFor(text + ' '));
    console.log(`\n${label}: gram index built in ${indexMs.toFixed(2)} ms, once per page`);
    for (const [name, list] of suites) {
      const g = run(text, list, gloss);
      const h = run(text, list, hypothesis);
      console.log(`  ${name.padEnd(17)} n=${list.length}  gloss: ${g.text} | hypothesis: ${h.text} | ${(h.ms / g.ms).toFixed(1)}x`);
    }
  }
}, 300_000);
