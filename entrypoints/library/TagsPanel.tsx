import { useState } from 'preact/hooks';
import type { TagCount } from '@/utils/store/tags';
import { sendToBackground } from '@/utils/protocol/messaging';

/** Every tag in use: a click filters the library by it; a tag can be renamed across the library. */
export function TagsPanel({
  tags,
  active,
  onFilter,
  onError,
}: {
  tags: TagCount[];
  active: string;
  onFilter: (tag: string) => void;
  onError: (message: string) => void;
}) {
  return (
    <section id="tags" aria-labelledby="tags-title">
      <h2 id="tags-title">Tags ({tags.length})</h2>
      {tags.length === 0 ? (
        <p class="empty">
          Add a tag to any annotation (below a claim, a search result or in an article's view) to
          group it with others.
        </p>
      ) : (
        <ul class="tag-index">
          {tags.map(({ tag, count }) => (
            <TagItem
              key={tag}
              tag={tag}
              count={count}
              active={tag === active}
              onFilter={onFilter}
              onError={onError}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TagItem(props: {
  tag: string;
  count: number;
  active: boolean;
  onFilter: (tag: string) => void;
  onError: (message: string) => void;
}) {
  const { tag, count, active, onFilter, onError } = props;
  const [name, setName] = useState(tag);
  const rename = (event: Event) => {
    event.preventDefault();
    sendToBackground('tag:rename', { from: tag, to: name.trim() }).then(
      () => active && onFilter(name.trim()),
      (e: Error) => onError(e.message),
    );
  };
  return (
    <li class="tag-entry" aria-label={tag}>
      <button
        type="button"
        class="tag-name"
        aria-pressed={active}
        onClick={() => onFilter(active ? '' : tag)}
      >
        {tag}
      </button>{' '}
      <span class="hint">{count}</span>
      <details>
        <summary>Rename</summary>
        <form class="inline-form" onSubmit={rename}>
          <label>
            New name{' '}
            <input
              value={name}
              maxLength={200}
              required
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={!name.trim() || name.trim() === tag}>
            Rename tag
          </button>
        </form>
      </details>
    </li>
  );
}
