/**
 * A deterministic research library for the database bench: `articles` articles, `annotations`
 * annotations spread evenly over them, `entities` people and organizations. Realistic sizes
 * (a sentence-long quote, 32-character context, three selectors, some notes, tags and claims),
 * so the bytes written and read match a real library of that size (~300 bytes of JSON each).
 */
import {
  ANNOTATION_TYPES,
  CLAIM_STATUSES,
  type Annotation,
  type Article,
  type Entity,
} from '../../utils/model';
import type { ExportData } from '../../utils/interchange/export';
import { normalizeEntityName } from '../../utils/model/entity-name';

const WORDS = (
  'the of and to in a is was that for on with as by at from his her which were are said after people government ' +
  'would could about their other more this been year first minister election court police report health company ' +
  'market climate energy school city council budget vote policy war border trade union inquiry officials statement'
).split(' ');

export const SEARCH_WORD = 'inquiry';

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticLibrary(
  counts: { articles: number; annotations: number; entities: number },
  seed = 42,
): ExportData {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();

  const articles: Article[] = Array.from({ length: counts.articles }, (_, i) => ({
    url: `https://news${i % 40}.example/${2024 + (i % 3)}/story-${i}`,
    canonicalUrl: null,
    title: `${sentence(8)} (${i})`,
    byline: `By ${pick(WORDS)} ${pick(WORDS)}`,
    siteName: `News ${i % 40}`,
    publishedTime: day(i),
    lang: 'en',
    excerpt: sentence(25),
    length: 4000 + Math.floor(rnd() * 8000),
    textHash: hex(16),
    dismissedSuggestions: [],
    savedAt: day(i),
    updatedAt: day(i),
  }));
  const entities: Entity[] = Array.from({ length: counts.entities }, (_, i) => {
    const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    return {
      id: uuid(),
      type: i % 2 ? 'organization' : 'person',
      name,
      normalizedName: normalizeEntityName(name),
      aliases: [],
      createdAt: day(i),
      updatedAt: day(i),
    };
  });
  const annotations: Annotation[] = Array.from({ length: counts.annotations }, (_, i) => {
    const article = articles[i % articles.length];
    const type = ANNOTATION_TYPES[i % ANNOTATION_TYPES.length];
    const quote = sentence(12 + Math.floor(rnd() * 20));
    const start = Math.floor(rnd() * 5000);
    const prefix = sentence(6).slice(0, 32);
    const suffix = sentence(6).slice(0, 32);
    const entity =
      type === 'person' || type === 'organization' ? entities[i % entities.length] : null;
    return {
      id: uuid(),
      articleUrl: article.url,
      type,
      quote,
      prefix,
      suffix,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
        { type: 'TextPositionSelector', start, end: start + quote.length },
        {
          type: 'RangeSelector',
          startContainer: '/div[2]/p[4]',
          startOffset: 3,
          endContainer: '/div[2]/p[5]',
          endOffset: 12,
        },
      ],
      note: rnd() < 0.3 ? sentence(15) : '',
      entityId: entity?.id ?? null,
      claim:
        type === 'claim'
          ? {
              status: pick(CLAIM_STATUSES),
              evidenceUrl: rnd() < 0.5 ? `https://evidence.example/${i}` : '',
              note: '',
              claimantId: rnd() < 0.3 ? pick(entities).id : null,
            }
          : null,
      tags: rnd() < 0.2 ? [pick(WORDS)] : [],
      color: null,
      createdAt: day(i),
      updatedAt: day(i),
    };
  });
  return { articles, annotations, entities };
}
