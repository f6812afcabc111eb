/**
 * "Tag all N mentions": after the reader tags one mention of a name by hand, the other mentions of
 * that entity in the article text, as quotes ready for content:tag-quote. Pure; the popup wires it.
 */
import type { Annotation, Entity, TextQuoteSelector } from '../model';
import type { EntitySuggestion, Mention } from './types';
import { normalizeEntityName } from '../model/entity-name';
import { quoteForMention } from './actions';

export interface TagAll {
  entity: Entity;
  /** Mentions in the article text not yet tagged, in text order. */
  quotes: TextQuoteSelector[];
}

/** How many characters of context, next to a mention, must agree with a stored annotation's for it to be that annotation. */
const SAME_PLACE = 12;

/**
 * For every entity tagged on this article, the mentions still untagged: the entity's name and
 * aliases and the quotes the reader tagged, found as whole words, plus the short forms the
 * suggestion engine grouped under it ("Mr. Duan" under "Duan Xiaolong").
 */
export function untaggedMentions(
  text: string,
  entities: Entity[],
  annotations: Annotation[],
  suggested: EntitySuggestion[] = [],
): TagAll[] {
  const out: TagAll[] = [];
  for (const entity of entities) {
    const own = annotations.filter((a) => a.entityId === entity.id);
    if (own.length === 0) continue;
    const forms = [entity.name, ...entity.aliases, ...own.map((a) => a.quote)];
    const engine = suggested
      .filter((s) => s.type === entity.type && s.normalizedName === entity.normalizedName)
      .flatMap((s) => s.mentions);
    const mentions = dedupe([...findForms(text, forms), ...engine]).filter(
      (m) => !own.some((a) => isTagged(text, m, a)),
    );
    if (mentions.length)
      out.push({ entity, quotes: mentions.map((m) => quoteForMention(text, m)) });
  }
  return out;
}

/** Whole-word occurrences of any of the forms, the longest form first where two overlap. */
export function findForms(text: string, forms: string[]): Mention[] {
  const unique = [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const found: Mention[] = [];
  for (const form of unique) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && end > f.start))
        found.push({ text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** An annotation covers a mention when its quote is the mention's text and its context agrees on either side. */
function isTagged(text: string, m: Mention, a: Annotation): boolean {
  if (
    normalizeEntityName(a.quote) !== normalizeEntityName(m.text) &&
    !a.quote.includes(m.text) &&
    !m.text.includes(a.quote)
  )
    return false;
  const tail = (s: string) => squash(s).slice(-SAME_PLACE);
  const head = (s: string) => squash(s).slice(0, SAME_PLACE);
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  const after = text.slice(m.end, m.end + 64);
  return (
    (tail(a.prefix) !== '' && tail(before).endsWith(tail(a.prefix))) ||
    (head(a.suffix) !== '' && head(after).startsWith(head(a.suffix)))
  );
}

function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (m, i) => !sorted.slice(0, i).some((p) => m.start < p.end && m.end > p.start),
  );
}

const squash = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
