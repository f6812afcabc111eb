/**
 * Runs in a served page (main world, evaluated by bench/suggestions.ts): extracts the article as
 * the content script does, then times Gloss's suggest() against its baselines on the same text —
 * compromise's own people() and organizations(), and the previous extractor when
 * bench/run.mjs could build it from git — and scores all of them against hand labels.
 */
import nlp from 'compromise';
import { extractArticle } from '../../utils/page/article';
import { normalizeEntityName } from '../../utils/model/entity-name';
import { suggest } from '../../utils/suggest';
import { scoreSuggestions, type Scores, type SuggestLabels } from '../../utils/suggest/evaluate';
import type {
  EntityKind,
  EntitySuggestion,
  SuggestInput,
  SuggestResult,
} from '../../utils/suggest/types';

type Suggester = (input: SuggestInput) => SuggestResult;
/** bench/run.mjs bundles the previous extractor as an IIFE with this global name (when git has it). */
const previous = () =>
  (globalThis as { __glossPreviousSuggest?: { suggest: Suggester } }).__glossPreviousSuggest
    ?.suggest;

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

/** compromise alone: its people() and organizations(), one suggestion per distinct name. */
function compromiseSuggest({ text }: SuggestInput): SuggestResult {
  const doc = nlp(text);
  const entities = (kind: EntityKind, names: string[]): EntitySuggestion[] => {
    const seen = new Map<string, EntitySuggestion>();
    for (const raw of names) {
      const name = raw
        .replace(/['’]s$/, '')
        .replace(/[.,;:]+$/, '')
        .trim();
      const key = normalizeEntityName(name);
      if (key && !seen.has(key))
        seen.set(key, {
          type: kind,
          name,
          normalizedName: key,
          mentions: [{ text: name, start: 0, end: 0 }],
          score: 0,
        });
    }
    return [...seen.values()];
  };
  return {
    supported: true,
    people: entities('person', doc.people().out('array')),
    organizations: entities('organization', doc.organizations().out('array')),
    claims: [],
  };
}

function input(): SuggestInput | null {
  const found = extractArticle(document, location.href);
  return (
    found && {
      text: found.text,
      lang: found.lang,
      title: found.title,
      byline: found.byline,
      asides: found.asides,
      breaks: found.breaks,
    }
  );
}

const pick = (s: Scores) => ({
  people: { ...s.people },
  organizations: { ...s.organizations },
  claims: { precision: s.claims.precision, recall: s.claims.recall },
  excluded: s.excluded,
});

const api = {
  article() {
    const found = extractArticle(document, location.href);
    return found
      ? { chars: found.text.length, words: found.text.split(/\s+/).length, lang: found.lang }
      : null;
  },
  timing(passes: number) {
    const x = input()!;
    const old = previous();
    return {
      chars: x.text.length,
      words: x.text.split(/\s+/).length,
      gloss: time(() => suggest(x), passes),
      previous: old ? time(() => old(x), passes) : null,
      compromise: time(() => compromiseSuggest(x), passes),
    };
  },
  score(labels: SuggestLabels) {
    const x = input();
    if (!x) return null;
    const old = previous();
    return {
      gloss: pick(scoreSuggestions(suggest(x), labels)),
      previous: old ? pick(scoreSuggestions(old(x), labels)) : null,
      compromise: pick(scoreSuggestions(compromiseSuggest(x), labels)),
    };
  },
};

export type SuggestPageApi = typeof api;
(globalThis as unknown as { __glossSuggest: SuggestPageApi }).__glossSuggest = api;
