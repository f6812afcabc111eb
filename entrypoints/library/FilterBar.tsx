import { ANNOTATION_TYPES, type AnnotationType } from '@/utils/model';
import { TYPE_PLURALS } from '@/utils/labels';
import type { LibraryFilters } from '@/utils/store/library-view';

interface Props {
  filters: LibraryFilters;
  sites: string[];
  tags: string[];
  onChange: (filters: LibraryFilters) => void;
}

/** Search over quotes, notes, verdict notes, names, titles and bylines; filters by type, tag, site and date. */
export function FilterBar({ filters, sites, tags, onChange }: Props) {
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <form class="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Search
        <input
          type="search"
          value={filters.query}
          placeholder="Quotes, notes, names, titles…"
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </label>
      <label>
        Type
        <select
          value={filters.type}
          onChange={(e) => set({ type: e.currentTarget.value as AnnotationType | 'all' })}
        >
          <option value="all">All types</option>
          {ANNOTATION_TYPES.map((t) => (
            <option value={t} key={t}>
              {TYPE_PLURALS[t]}
            </option>
          ))}
        </select>
      </label>
      {(tags.length > 0 || filters.tag) && (
        <label>
          Tag
          <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">All tags</option>
            {[...new Set([filters.tag, ...tags])].filter(Boolean).map((t) => (
              <option value={t} key={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Site
        <select value={filters.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="all">All sites</option>
          {sites.map((s) => (
            <option value={s} key={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          value={filters.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </label>
    </form>
  );
}
