import { TYPE_LABELS } from '@/utils/labels';
import { Paged } from '@/components/Paged';
import type { Library } from '@/hooks/use-library';
import { ArticleLink } from './ArticleTable';

/** Annotations matching the search, each with its article. */
export function SearchResults({
  page: { rows, total, more },
  query,
}: {
  page: NonNullable<Library['matches']>;
  query: string;
}) {
  return (
    <section class="search-results" aria-labelledby="search-title">
      <h2 id="search-title" aria-live="polite">
        {total} {total === 1 ? 'result' : 'results'} for “{query.trim()}”
      </h2>
      <Paged
        items={rows}
        total={total}
        onMore={more}
        noun="results"
        render={(page) => (
          <ul>
            {page.map(({ annotation, article, entity }) => (
              <li key={annotation.id}>
                <span class={`chip chip-${annotation.type}`}>{TYPE_LABELS[annotation.type]}</span>{' '}
                <q>{annotation.quote}</q>
                {entity && <strong> {entity.name}</strong>}
                {annotation.note && <div class="note">{annotation.note}</div>}
                <div class="hint">
                  <ArticleLink
                    url={annotation.articleUrl}
                    title={article?.title ?? annotation.articleUrl}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      />
    </section>
  );
}
