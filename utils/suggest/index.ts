/**
 * Suggestions for the popup: the people, organisations and claim candidates of an article's
 * Readability text (ExtractedArticle.text). Pure and synchronous; run it in extension pages, not
 * in the content script (it carries compromise's lexicon, ~350 KB minified).
 */
import { findClaims } from './claims';
import { findEntities } from './entities';
import { withoutInvisibles, type Visible } from './invisible';
import { checkLanguage } from './language';
import type { SuggestInput, SuggestResult } from './types';

export type {
  ClaimReason,
  ClaimSuggestion,
  EntityKind,
  EntitySuggestion,
  Mention,
  SuggestInput,
  SuggestResult,
} from './types';

export function suggest(input: SuggestInput): SuggestResult {
  const verdict = checkLanguage(input.text, input.lang);
  if (!verdict.supported) return verdict;
  const visible = withoutInvisibles(input.text);
  if (!visible) return suggestVisible(input);
  // Soft hyphens and zero-width characters would cut "Vladi\u00ADmir" in two: run on the text
  // without them, then put every offset and slice back onto the page's own text.
  const result = suggestVisible({
    ...input,
    text: visible.text,
    asides: input.asides?.map((r) => ({
      start: visible.toVisible(r.start),
      end: visible.toVisible(r.end),
    })),
    breaks: input.breaks?.map((b) => visible.toVisible(b)),
  });
  return result.supported ? backOnto(input.text, visible, result) : result;
}

function suggestVisible(input: SuggestInput): SuggestResult {
  const { people, organizations } = findEntities(
    input.text,
    input.byline,
    input.asides,
    input.breaks,
  );
  return { supported: true, people, organizations, claims: findClaims(input.text) };
}

function backOnto(
  text: string,
  visible: Visible,
  result: Extract<SuggestResult, { supported: true }>,
): SuggestResult {
  const place = (m: { start: number; end: number }) => {
    const { start, end } = visible.toOriginal(m.start, m.end);
    return { start, end, text: text.slice(start, end) };
  };
  const entity = (e: (typeof result.people)[number]) => ({ ...e, mentions: e.mentions.map(place) });
  return {
    supported: true,
    people: result.people.map(entity),
    organizations: result.organizations.map(entity),
    claims: result.claims.map((c) => {
      const { start, end, text: sentence } = place(c);
      return { ...c, start, end, sentence };
    }),
  };
}
