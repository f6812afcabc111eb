import type { ClaimSuggestion, EntitySuggestion } from '@/utils/suggest/types';
import { suggestionKey, type Suggestion } from '@/utils/suggest/actions';
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
  const group = (title: string, items: Suggestion[]) =>
    items.length > 0 && (
      <section class="suggestion-group" aria-label={`Suggested ${title.toLowerCase()}`}>
        <h3>{title}</h3>
        <ul>
          {items.map((s) => {
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
          })}
        </ul>
      </section>
    );
  if (people.length + organizations.length + claims.length === 0)
    return <p class="empty">No suggestions left for this article.</p>;
  return (
    <div class="suggestions-list">
      {group(TYPE_PLURALS.person, people)}
      {group(TYPE_PLURALS.organization, organizations)}
      {group(TYPE_PLURALS.claim, claims)}
    </div>
  );
}
