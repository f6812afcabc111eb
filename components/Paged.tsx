import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props<T> {
  items: T[];
  render: (items: T[]) => ComponentChildren;
  /** What the list holds, for the button: "articles", "claims"… */
  noun: string;
  pageSize?: number;
  /**
   * For a list read page by page: `items` are the rows read so far, `total` how many there are,
   * and `onMore` reads the next page. Without them, `items` is the whole list and pages are cut here.
   */
  total?: number;
  onMore?: () => void;
}

/**
 * Renders the first page of a long list and a button for the next: a library of 100,000
 * annotations must not put every row into the DOM to show the first screen.
 */
export function Paged<T>({ items, render, noun, pageSize = 50, total, onMore }: Props<T>) {
  const [shown, setShown] = useState(pageSize);
  const page = onMore ? items : items.slice(0, shown);
  const rest = (total ?? items.length) - page.length;
  return (
    <>
      {render(page)}
      {rest > 0 && (
        <button
          type="button"
          class="show-more"
          onClick={onMore ?? (() => setShown((n) => n + pageSize))}
        >
          Show {Math.min(rest, pageSize)} more {noun} ({rest} not shown)
        </button>
      )}
    </>
  );
}
