import { useState } from 'preact/hooks';

interface Props {
  tags: string[];
  onFilter?: (tag: string) => void;
  onChange: (tags: string[]) => void;
}

/** An annotation's free-form tags: each one filters the library, × removes it, a field adds one. */
export function TagList({ tags, onFilter, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div class="tags">
      {tags.length > 0 && (
        <ul class="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} class="tag">
              {onFilter ? (
                <button type="button" class="tag-name" onClick={() => onFilter(tag)}>
                  {tag}
                </button>
              ) : (
                <span class="tag-name">{tag}</span>
              )}
              <button
                type="button"
                class="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="tag-add" onSubmit={add}>
        <input
          type="text"
          aria-label="Add a tag"
          placeholder="Add tag"
          maxLength={200}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </form>
    </div>
  );
}
