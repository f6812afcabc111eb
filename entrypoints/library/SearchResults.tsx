import { TYPE_LABELS, STATUS_LABELS } from '@/utils/labels';
import type { SearchQuery } from '@/utils/library/search';
import { articleHref, entityHref } from '@/utils/library/route';
import { Paged } from '@/components/Paged';
import { Marked } from '@/components/Marked';
import type { Library } from '@/hooks/use-library';
import { AnnotationTags } from './AnnotationTags';

/** The annotations a search finds, each with the words that matched marked, its names and its article. */
export function SearchResults({
  page: { rows, total, more },
  search,
  onTag,
  onError,
}: {
  page: NonNullable<Library['matches']>;
  search: SearchQuery;
  onTag: (tag: string) => void;
  onError: (message: string) => void;
}) {
  return (
    <section class="search-results" aria-labelledby="search-title">
      <h2 id="search-title" aria-live="polite">
        {total} {total === 1 ? 'annotation' : 'annotations'} found for “{search.words.join(' ')}”
      </h2>
      <Paged
        items={rows}
        total={total}
        onMore={more}
        noun="results"
        render={(page) => (
          <ul>
            {page.map(({ annotation, article, entity, claimant }) => (
              <li key={annotation.id} data-annotation-id={annotation.id}>
                <span class={`chip chip-${annotation.type}`}>{TYPE_LABELS[annotation.type]}</span>{' '}
                <q>
                  <Marked text={annotation.quote} search={search} />
                </q>
                {entity && (
                  <a class="entity-link" href={entityHref(entity.id)}>
                    {' '}
                    <Marked text={entity.name} search={search} />
                  </a>
                )}
                {annotation.claim && (
                  <div class="hint">
                    {STATUS_LABELS[annotation.claim.status]}
                    {claimant && (
                      <>
                        {' · claimed by '}
                        <Marked text={claimant.name} search={search} />
                      </>
                    )}
                  </div>
                )}
                {annotation.note && (
                  <div class="note">
                    <Marked text={annotation.note} search={search} />
                  </div>
                )}
                {annotation.claim?.note && (
                  <div class="verdict-note">
                    Verdict note: <Marked text={annotation.claim.note} search={search} />
                  </div>
                )}
                <AnnotationTags annotation={annotation} onFilter={onTag} onError={onError} />
                <div class="hint">
                  <a href={articleHref(annotation.articleUrl)}>
                    <Marked text={article?.title ?? annotation.articleUrl} search={search} />
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
      />
    </section>
  );
}
