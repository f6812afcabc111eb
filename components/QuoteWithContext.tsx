import { quoteInContext } from '@/utils/library/context';
import type { SearchQuery } from '@/utils/library/search';
import { NO_QUERY } from '@/utils/library/search';
import { Marked } from './Marked';

/** A quote inside the rest of its sentence, from the context stored with it; the quote itself is marked. */
export function QuoteWithContext({
  prefix,
  quote,
  suffix,
  type,
  search = NO_QUERY,
}: {
  prefix: string;
  quote: string;
  suffix: string;
  type: string;
  search?: SearchQuery;
}) {
  const { before, after } = quoteInContext(prefix, quote, suffix);
  return (
    <blockquote class="in-context">
      <span class="context">{before}</span>
      <mark class={`passage type-${type}`}>
        <Marked text={quote} search={search} />
      </mark>
      <span class="context">{after}</span>
    </blockquote>
  );
}
