import type { Sort } from '@/utils/library/sort';

interface Props<K extends string> {
  label: string;
  sortKey: K;
  sort: Sort<K>;
  onSort: (key: K) => void;
}

/**
 * A column header that sorts its table: a button inside the header cell (the accessible pattern,
 * so it works from the keyboard), with `aria-sort` on the column that orders the rows.
 */
export function SortHeader<K extends string>({ label, sortKey, sort, onSort }: Props<K>) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button type="button" class="sort" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" class="sort-arrow">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
