/**
 * Suggestions for the popup: the people, organisations and claim candidates of an article's
 * Readability text (ExtractedArticle.text). Pure and synchronous; run it in extension pages, not
 * in the content script (it carries compromise's lexicon, ~350 KB minified).
 */
import { findClaims } from './claims';
import { findEntities } from './entities';
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
  const { people, organizations } = findEntities(
    input.text,
    input.byline,
    input.asides,
    input.breaks,
  );
  return { supported: true, people, organizations, claims: findClaims(input.text) };
}
