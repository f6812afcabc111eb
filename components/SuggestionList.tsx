import type { ClaimSuggestion, EntitySuggestion } from '@/utils/suggest/types';
import { suggestionKey, type Suggestion } from '@/utils/suggest/actions';
import { splitBySureness } from '@/utils/suggest/sureness';
import { TYPE_PLURALS } from '@/utils/labels';

interface Props {
  people: EntitySuggestion[];
  organizations: EntitySuggestion[];
  claims: ClaimSuggestion[];
  /** `from` is the pressed button: the keyboard moves on from there before the item leaves. */
  onAccept: (s: Suggestion, every: boolean, from: HTMLElement) => void;
  onDismiss: (s: Suggestion, from: HTMLElement) => void;
}

/** Suggested people, organizations and claims; nothing is tagged until the reader accepts it. */
export function SuggestionList({ people, organizations, claims, onAccept, onDismiss }: Props) {
  const item = (s: Suggestion) => {
    const label = s.type === 'claim' ? s.sentence : s.name;
    const count = s.type === 'claim' ? 1 : s.mentions.length;
    return (
      <li key={suggestionKey(s)} class="suggestion" aria-label={label}>
        <span class="suggestion-text">{label}</span>
        {s.type !== 'claim' && (
          <span class="hint"> · {count === 1 ? '1 mention' : `${count} mentions`}</span>
        )}
        {s.type === 'claim' && <span class="hint"> · {s.reasons.join(', ')}</span>}
        <span class="suggestion-actions">
          <button
            type="button"
            onClick={(e) => onAccept(s, false, e.currentTarget)}
            aria-label={`Accept ${label}`}
          >
            Accept
          </button>
          {count > 1 && (
            <button
              type="button"
              onClick={(e) => onAccept(s, true, e.currentTarget)}
              aria-label={`Accept all ${count} mentions of ${label}`}
            >
              Accept all {count}
            </button>
          )}
          <button
            type="button"
            onClick={(e) => onDismiss(s, e.currentTarget)}
            aria-label={`Dismiss ${label}`}
          >
            Dismiss
          </button>
        </span>
      </li>
    );
  };
  // Names offered on weak evidence come last and apart, so the reader knows which to check
  // (utils/suggest/sureness.ts has the measurements).
  const group = (title: string, items: Suggestion[], lessSure: Suggestion[] = []) =>
    items.length + lessSure.length > 0 && (
      <section class="suggestion-group" aria-label={`Suggested ${title.toLowerCase()}`}>
        <h3>{title}</h3>
        {items.length > 0 && <ul>{items.map(item)}</ul>}
        {lessSure.length > 0 && (
          <section class="less-sure" aria-label={`Less sure ${title.toLowerCase()}`}>
            <h4>Less sure</h4>
            <p class="hint">
              No title, suffix or known name places these: check each against the article.
            </p>
            <ul>{lessSure.map(item)}</ul>
          </section>
        )}
      </section>
    );
  const names = (title: string, items: EntitySuggestion[]) => {
    const { sure, lessSure } = splitBySureness(items);
    return group(title, sure, lessSure);
  };
  if (people.length + organizations.length + claims.length === 0)
    return <p class="empty">No suggestions left for this article.</p>;
  return (
    <div class="suggestions-list">
      {names(TYPE_PLURALS.person, people)}
      {names(TYPE_PLURALS.organization, organizations)}
      {group(TYPE_PLURALS.claim, claims)}
    </div>
  );
}
