import { it } from 'vitest';
import approxSearch from 'approx-string-match';
import { buildTextMap } from '../../../utils/anchoring';
import { candidateWindows } from '../../../utils/anchoring/candidates';
import { contextScore, errorBudget } from '../../../utils/anchoring/score';
import { changeMiddleWord, corpusDocument, corpusNames, sentenceSpans, spread } from './helpers';
it('x', () => {
  const texts = corpusNames().map((n) => buildTextMap(corpusDocument(n).body).text);
  const text = texts.join(' ').slice(0, 134000);
  const spans = spread(sentenceSpans(text), 200);
  const T = (label: string, f: (s: { start: number; end: number }) => unknown) => {
    spans.slice(0, 10).forEach(f);
    const t0 = performance.now(); let acc = 0;
    for (const s of spans) { const r = f(s); if (Array.isArray(r)) acc += r.length; }
    console.log(label, ((performance.now() - t0) / spans.length).toFixed(4), 'ms', acc / spans.length);
  };
  T('indexOf piece x12', (s) => { const q = text.slice(s.start, s.end); let c = 0; for (let p = 0; p < 12; p++) c += text.indexOf(q.slice(p * 8, p * 8 + 8) + 'zq'); return c; });
  T('candidates', (s) => { const q = changeMiddleWord(text.slice(s.start, s.end)); return candidateWindows(text, q, errorBudget(q.length)); });
  T('near approx', (s) => { const q = changeMiddleWord(text.slice(s.start, s.end)); return approxSearch(text.slice(Math.max(0, s.start - 2048 - q.length), s.end + 2048 + q.length), q, errorBudget(q.length)); });
  T('ctx score', (s) => { contextScore(text, s.start, s.end, text.slice(s.start - 32, s.start), text.slice(s.end, s.end + 32)); return []; });
  console.log('two-byte?', /[^\u0000-\u00ff]/.test(text));
});
