import type { TagAll } from '@/utils/suggest/tag-all';

interface Props {
  items: TagAll[];
  /** `from` is the pressed button: the keyboard moves on from there before the item leaves. */
  onTagAll: (item: TagAll, from: HTMLElement) => void;
}

/** Entities the reader tagged on this page, with the mentions still untagged: one click tags the rest. */
export function TagAllList({ items, onTagAll }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="suggestion-group" aria-label="Tagged on this page">
      <h3>Tagged on this page</h3>
      <ul>
        {items.map((item) => {
          const { name } = item.entity;
          const n = item.quotes.length;
          const label = `Tag all ${n} ${n === 1 ? 'mention' : 'mentions'}`;
          return (
            <li key={item.entity.id} class="suggestion" aria-label={name}>
              <span class="suggestion-text">{name}</span>
              <span class="hint"> · {n} untagged</span>
              <span class="suggestion-actions">
                <button
                  type="button"
                  onClick={(e) => onTagAll(item, e.currentTarget)}
                  aria-label={`${label} of ${name}`}
                >
                  {label}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
