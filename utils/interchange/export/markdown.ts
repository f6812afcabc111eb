import type { Annotation, AnnotationType, Article, Entity } from '../../model';
import { pageOrder } from '../../page/page-order';
import { placeholderArticle } from '../../model/placeholder-article';
import {
  escapeMarkdownInline as inline,
  escapeMarkdownLines as lines,
  markdownLink,
} from './markdown-escape';
import type { ExportData } from './types';

/** Sections in reading order; person and organization quotes group under their entity. */
const SECTIONS: { type: AnnotationType; heading: string }[] = [
  { type: 'highlight', heading: 'Highlights' },
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organizations' },
  { type: 'claim', heading: 'Claims' },
];

/** A list item whose continuation lines stay inside the item. */
function item(label: string, text: string): string {
  return `- ${label}: ${lines(text).join('\n  ')}`;
}

/** The date of an ISO timestamp; other page-declared dates ("May 17, 2024") as they are. */
const dateOf = (published: string) =>
  /^\d{4}-\d{2}-\d{2}T/.test(published) ? published.slice(0, 10) : published;

function citation(article: Article): string[] {
  const out = [`# ${inline(article.title || article.url)}`, ''];
  if (article.siteName) out.push(`- Site: ${inline(article.siteName)}`);
  if (article.byline) out.push(`- Byline: ${inline(article.byline)}`);
  if (article.publishedTime) out.push(`- Published: ${inline(dateOf(article.publishedTime))}`);
  out.push(`- URL: ${markdownLink(article.url, article.url)}`);
  return out;
}

function annotationBlock(a: Annotation, entities: Map<string, Entity>): string[] {
  const name = (id: string | null | undefined) => (id ? entities.get(id)?.name : undefined);
  const out = lines(a.quote).map((l) => (l ? `> ${l}` : '>'));
  const details: string[] = [];
  const entity = name(a.entityId);
  if (entity && a.type !== 'claim') details.push(`- Entity: **${inline(entity)}**`);
  if (a.claim) {
    const status = a.claim.status;
    details.push(`- Status: **${status.charAt(0).toUpperCase()}${status.slice(1)}**`);
    const claimant = name(a.claim.claimantId);
    if (claimant) details.push(`- Claimant: ${inline(claimant)}`);
    if (a.claim.evidenceUrl)
      details.push(`- Evidence: ${markdownLink(a.claim.evidenceUrl, a.claim.evidenceUrl)}`);
    if (a.claim.note) details.push(item('Claim note', a.claim.note));
  }
  if (a.note) details.push(item('Note', a.note));
  if (a.tags.length) details.push(`- Tags: ${a.tags.map(inline).join(', ')}`);
  return details.length ? [...out, '', ...details] : out;
}

/** One article as Markdown: its citation, then its annotations grouped by type. */
export function buildMarkdown(
  article: Article,
  annotations: Annotation[],
  entities: Entity[],
): string {
  return articleMarkdown(article, annotations, new Map(entities.map((e) => [e.id, e])));
}

function articleMarkdown(
  article: Article,
  annotations: Annotation[],
  byId: Map<string, Entity>,
): string {
  // Page order where the position is known, then creation order: how a reader met them.
  const own = pageOrder(annotations.filter((a) => a.articleUrl === article.url));
  const block = markdownBlockMaker(byId);
  return markdownOfArticle(
    article,
    own.map((a) => ({ type: a.type, text: block(a) })),
  );
}

/** One annotation's Markdown block (its quote, then its details), with the entities it may name. */
export const markdownBlockMaker =
  (byId: Map<string, Entity>) =>
  (a: Annotation): string =>
    annotationBlock(a, byId).join('\n');

/**
 * One article as Markdown from its annotations' blocks in page order: its citation, then the blocks
 * grouped by type. Grouping keeps page order within each type. The streamed export
 * (utils/interchange/streamed-export.ts) writes each block as its annotation is read, then this.
 */
export function markdownOfArticle(
  article: Article,
  blocks: readonly { type: AnnotationType; text: string }[],
): string {
  const out = citation(article);
  for (const { type, heading } of SECTIONS) {
    const group = blocks.filter((b) => b.type === type);
    if (!group.length) continue;
    out.push('', `## ${heading}`);
    for (const b of group) out.push('', b.text);
  }
  if (!blocks.length) out.push('', '_No annotations._');
  return out.join('\n') + '\n';
}

/** What separates two articles in a whole-library Markdown file. */
export const MARKDOWN_ARTICLE_RULE = '\n---\n\n';

/**
 * Every article, separated by rules. Annotations whose article is missing still appear,
 * under their URL, rather than vanish from the export.
 */
export function buildMarkdownAll(data: ExportData): string {
  const articles = [...data.articles];
  const known = new Set(articles.map((a) => a.url));
  for (const a of data.annotations) {
    if (known.has(a.articleUrl)) continue;
    known.add(a.articleUrl);
    articles.push(
      placeholderArticle(a.articleUrl, { savedAt: a.createdAt, updatedAt: a.createdAt }),
    );
  }
  // Built once for the whole library: per article, it was 5,000 × 2,000 map inserts at scale.
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const byArticle = new Map<string, Annotation[]>();
  for (const a of data.annotations) {
    const list = byArticle.get(a.articleUrl);
    if (list) list.push(a);
    else byArticle.set(a.articleUrl, [a]);
  }
  return articles
    .map((article) => articleMarkdown(article, byArticle.get(article.url) ?? [], byId))
    .join(MARKDOWN_ARTICLE_RULE);
}
