import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractedArticle } from '../../../utils/page/article';
import type { LabelHalf, SuggestLabels } from '../../../utils/suggest/evaluate';
import { suggest } from '../../../utils/suggest';

export const SEED_URL =
  'https://www.workercn.cn/example/2024-05/17/content_shaanxi-model-workers.htm';

export function extract(html: string, url: string): ExtractedArticle {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const article = extractArticle(doc, url);
  if (!article) throw new Error(`no article in ${url}`);
  return article;
}

export type PageLabels = SuggestLabels & { page: string; half: LabelHalf };

const LABELS_DIR = path.resolve(process.cwd(), 'tests/fixtures/suggest/labels');

/** tests/fixtures/suggest/labels/<page>.json (see the README there). */
export function readLabels(page: string): PageLabels {
  return JSON.parse(fs.readFileSync(path.join(LABELS_DIR, `${page}.json`), 'utf8'));
}

export function labelledPages(): PageLabels[] {
  return fs
    .readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readLabels(f.replace(/\.json$/, '')));
}

/** The names suggest() offers for a short text (sorted), by type. */
export function suggestedNames(text: string, byline?: string) {
  const r = suggest({ text, byline });
  if (!r.supported) throw new Error(r.reason);
  return {
    people: r.people.map((p) => p.name).sort(),
    organizations: r.organizations.map((o) => o.name).sort(),
  };
}

/** Every mention's text as written, of the people and organisations suggested for `text`. */
export function suggestedMentions(text: string): string[] {
  const r = suggest({ text });
  if (!r.supported) throw new Error(r.reason);
  return [...r.people, ...r.organizations].flatMap((e) => e.mentions.map((m) => m.text));
}

/** Paragraphs joined as extraction joins blocks (one space), with the offsets where each begins. */
function blocks(...paragraphs: string[]) {
  const text = paragraphs.join(' ');
  const breaks = paragraphs.slice(1).map((_, i) => paragraphs.slice(0, i + 1).join(' ').length + 1);
  return { text, breaks };
}

/** Every name suggested (people and organisations) for text written in these paragraphs, sorted. */
export function namesInParagraphs(...paragraphs: string[]): string[] {
  const r = suggest(blocks(...paragraphs));
  if (!r.supported) throw new Error(r.reason);
  return [...r.people, ...r.organizations].map((e) => e.name).sort();
}
