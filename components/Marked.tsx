import { highlightParts, type SearchQuery } from '@/utils/library/search';

/**
 * A text with the search's words marked. Stored text (quotes, notes, titles from pages) is rendered
 * as text nodes inside <mark>, never as HTML.
 */
export function Marked({ text, search }: { text: string; search: SearchQuery }) {
  return (
    <>
      {highlightParts(text, search).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
