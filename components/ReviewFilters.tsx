import { ANNOTATION_TYPES, CLAIM_STATUSES, type AnnotationType } from '@/utils/model';
import { STATUS_LABELS, TYPE_PLURALS } from '@/utils/labels';
import type { ReviewFilter } from '@/utils/model/review-filter';

interface Props {
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  counts: Record<AnnotationType, number>;
  total: number;
  /** Tags used on this article's annotations: the tag filter shows only when there are some. */
  tags: string[];
  hasClaims: boolean;
}

/** Type buttons with counts, claim status and tag menus, and a search within the article. */
export function ReviewFilters({ filter, onChange, counts, total, tags, hasClaims }: Props) {
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="review-filters">
      <div class="filters" role="group" aria-label="Filter by type">
        <button
          type="button"
          aria-pressed={filter.type === 'all'}
          onClick={() => set({ type: 'all' })}
        >
          All ({total})
        </button>
        {ANNOTATION_TYPES.map((type) => (
          <button
            type="button"
            key={type}
            aria-pressed={filter.type === type}
            onClick={() => set({ type })}
          >
            {TYPE_PLURALS[type]} ({counts[type]})
          </button>
        ))}
      </div>
      <div class="filter-row">
        <input
          type="search"
          aria-label="Search this article's annotations"
          placeholder="Search quotes, notes, names…"
          value={filter.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        {hasClaims && (
          <select
            aria-label="Claim status"
            value={filter.status}
            onChange={(e) => set({ status: e.currentTarget.value as ReviewFilter['status'] })}
          >
            <option value="all">Any status</option>
            {CLAIM_STATUSES.map((s) => (
              <option value={s} key={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        )}
        {tags.length > 0 && (
          <select
            aria-label="Tag"
            value={filter.tag}
            onChange={(e) => set({ tag: e.currentTarget.value })}
          >
            <option value="all">Any tag</option>
            {tags.map((t) => (
              <option value={t} key={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
}
