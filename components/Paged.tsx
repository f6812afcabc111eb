import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props<T> {
  items: T[];
  render: (items: T[]) => ComponentChildren;
  /** What the list holds, for the button: "articles", "claims"… */
  noun: string;
  pageSize?: number;
}

/**
 * Renders the first page of a long list and a button for the next: a library of 100,000
 * annotations must not put every row into the DOM to show the first screen.
 */
export function Paged<T>({ items, render, noun, pageSize = 50 }: Props<T>) {
  const [shown, setShown] = useState(pageSize);
  const rest = items.length - shown;
  return (
    <>
      {render(items.slice(0, shown))}
      {rest > 0 && (
        <button type="button" class="show-more" onClick={() => setShown((n) => n + pageSize)}>
          Show {Math.min(rest, pageSize)} more {noun} ({rest} not shown)
        </button>
      )}
    </>
  );
}
