/**
 * Precision and recall of suggestions against hand labels (tests/fixtures/suggest/*.json), for the
 * tests' floors and the benchmark's per-page table. Lives with the module so `bench/` can import it.
 */
import { normalizeEntityName } from '../model/entity-name';
import type { EntitySuggestion, SuggestResult } from './types';

/**
 * Which set a labelled page belongs to (tests/fixtures/suggest/labels/README.md): the rules are
 * tuned on `tune`; `held-out` to `held-out-9` were each labelled blind, measured once, then read and
 * made tuning data (their files now say `tune`). The bench judges the latest blind set (HELD_OUT in
 * bench/suggestions.ts) and says so when none is left.
 */
export const LABEL_HALVES = [
  'tune',
  'held-out',
  'held-out-2',
  'held-out-3',
  'held-out-4',
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
  'held-out-9',
  'held-out-10',
  'held-out-11',
  'held-out-12',
  'held-out-13',
  'held-out-14',
  'held-out-15',
  'held-out-16',
  'held-out-17',
  'held-out-18',
  'held-out-19',
  'held-out-20',
  'held-out-21',
  'held-out-22',
  'held-out-23',
  'held-out-24',
  'held-out-25',
  'held-out-26',
] as const;
export type LabelHalf = (typeof LABEL_HALVES)[number];

/** Each entity is [canonical name, ...variants as written]; claims are substrings of their sentence. */
export interface SuggestLabels {
  people: string[][];
  organizations: string[][];
  acceptable?: { people?: string[][]; organizations?: string[][] };
  /** Names the page shows only in captions, credits, bylines or boilerplate: suggesting one is a failure. */
  excluded?: string[];
  claims: string[];
  acceptableClaims?: string[];
}

export interface Score {
  precision: number;
  recall: number;
  /** How many suggestions there were, how many matched a label, how many labels are required. */
  found: number;
  right: number;
  required: number;
  /** Suggestions that matched no label (for reading failures). */
  wrong: string[];
  /** Labels nothing matched. */
  missed: string[];
}

export interface Scores {
  people: Score;
  organizations: Score;
  claims: Score;
  /** Suggestions (either type) whose name or a mention is one of the labels' excluded names. */
  excluded: string[];
}

export function scoreSuggestions(result: SuggestResult, labels: SuggestLabels): Scores {
  if (!result.supported) {
    const none = (l: string[][] | string[]): Score => ({
      precision: 0,
      recall: l.length ? 0 : 1,
      found: 0,
      right: 0,
      required: l.length,
      wrong: [],
      missed: l.map(String),
    });
    return {
      people: none(labels.people),
      organizations: none(labels.organizations),
      claims: none(labels.claims),
      excluded: [],
    };
  }
  const banned = new Set((labels.excluded ?? []).map(normalizeEntityName));
  return {
    people: scoreEntities(result.people, labels.people, labels.acceptable?.people ?? []),
    organizations: scoreEntities(
      result.organizations,
      labels.organizations,
      labels.acceptable?.organizations ?? [],
    ),
    claims: scoreClaims(
      result.claims.map((c) => c.sentence),
      labels.claims,
      labels.acceptableClaims ?? [],
    ),
    excluded: [...result.people, ...result.organizations]
      .filter((e) => namesOf(e).some((n) => banned.has(n)))
      .map((e) => e.name),
  };
}

/**
 * Precision and recall over several pages at once: every suggestion and every label counts once
 * (micro-average), so a page with many entities weighs more than a page with one.
 */
export function pooled(
  scores: Score[],
): Pick<Score, 'precision' | 'recall' | 'found' | 'right' | 'required'> {
  const sum = (k: 'found' | 'right' | 'required') => scores.reduce((n, s) => n + s[k], 0);
  const found = sum('found');
  const right = sum('right');
  const required = sum('required');
  const recalled = scores.reduce((n, s) => n + (s.required - s.missed.length), 0);
  return {
    precision: ratio(right, found),
    recall: ratio(recalled, required),
    found,
    right,
    required,
  };
}

const namesOf = (e: EntitySuggestion) =>
  [e.name, ...e.mentions.map((m) => m.text)].map(normalizeEntityName);

/**
 * A suggestion matches a label when its name or any mention normalises to one of the label's forms.
 * A second suggestion for an already matched label is a split entity, and counts as wrong.
 */
function scoreEntities(
  found: EntitySuggestion[],
  required: string[][],
  acceptable: string[][],
): Score {
  const forms = (l: string[]) => new Set(l.map(normalizeEntityName));
  const labels = [...required, ...acceptable].map(forms);
  const matched = new Set<number>();
  const wrong: string[] = [];
  let right = 0;
  for (const e of found) {
    const names = namesOf(e);
    const hit = labels.findIndex((l, i) => !matched.has(i) && names.some((n) => l.has(n)));
    if (hit < 0) wrong.push(e.name);
    else {
      matched.add(hit);
      right++;
    }
  }
  const missed = required.filter((_, i) => !matched.has(i)).map((l) => l[0]);
  return {
    precision: ratio(right, found.length),
    recall: ratio(required.length - missed.length, required.length),
    found: found.length,
    right,
    required: required.length,
    wrong,
    missed,
  };
}

/** Claims are ranked: precision is over the top k (k = number of required labels), recall over all. */
function scoreClaims(sentences: string[], required: string[], acceptable: string[]): Score {
  const hits = (s: string, l: string) => s.includes(l) || l.includes(s);
  const missed = required.filter((l) => !sentences.some((s) => hits(s, l)));
  const top = sentences.slice(0, Math.max(1, required.length));
  const wrong = top.filter((s) => ![...required, ...acceptable].some((l) => hits(s, l)));
  return {
    precision: ratio(top.length - wrong.length, top.length),
    recall: ratio(required.length - missed.length, required.length),
    found: top.length,
    right: top.length - wrong.length,
    required: required.length,
    wrong,
    missed,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
