/**
 * Runs in a served page (main world, evaluated by bench/suggestions.ts): extracts the article as
 * the content script does, then times Gloss's suggest() against compromise's own people() and
 * organizations() on the same text, and scores the suggestions against hand labels.
 */
import nlp from 'compromise';
import { extractArticle } from '../../utils/article';
import { suggest } from '../../utils/suggest';
import { scoreSuggestions, type SuggestLabels } from '../../utils/suggest/evaluate';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(run: () => unknown, passes: number): number {
  run(); // warm-up: the first call pays for compiling the module's lexicons
  const out: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const api = {
  article() {
    const found = extractArticle(document, location.href);
    return found ? { chars: found.text.length, lang: found.lang } : null;
  },
  timing(passes: number) {
    const found = extractArticle(document, location.href)!;
    const input = { text: found.text, lang: found.lang, title: found.title, byline: found.byline };
    return {
      chars: found.text.length,
      gloss: time(() => suggest(input), passes),
      compromise: time(() => {
        const doc = nlp(found.text);
        doc.people().out('array');
        doc.organizations().out('array');
      }, passes),
    };
  },
  score(labels: SuggestLabels) {
    const found = extractArticle(document, location.href);
    if (!found) return null;
    const result = suggest({ text: found.text, lang: found.lang, title: found.title, byline: found.byline });
    const s = scoreSuggestions(result, labels);
    const pr = (x: { precision: number; recall: number }) => ({ precision: x.precision, recall: x.recall });
    return { supported: result.supported, people: pr(s.people), organizations: pr(s.organizations), claims: pr(s.claims) };
  },
};

export type SuggestPageApi = typeof api;
(globalThis as unknown as { __glossSuggest: SuggestPageApi }).__glossSuggest = api;
