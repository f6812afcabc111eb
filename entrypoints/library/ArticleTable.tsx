import type { ComponentChildren } from 'preact';
import { siteLabel, type ArticleRow } from '@/utils/store/library-view';
import { formatDate } from '@/utils/format';
import { TYPE_PLURALS } from '@/utils/labels';
import type { AnnotationType } from '@/utils/model';
import { httpUrlOrNull } from '@/utils/interchange/export';
import { articleHref } from '@/utils/library/route';
import type { SearchQuery } from '@/utils/library/search';
import type { ArticleSortKey, Sort } from '@/utils/library/sort';
import { Paged } from '@/components/Paged';
import { Marked } from '@/components/Marked';
import { SortHeader } from '@/components/SortHeader';
import type { Shown } from '@/hooks/use-library';

interface Props {
  page: Shown<ArticleRow>;
  /** The count columns: every type, or the one the Type filter chose (the others would read 0). */
  types: readonly AnnotationType[];
  search: SearchQuery;
  sort: Sort<ArticleSortKey>;
  onSort: (key: ArticleSortKey) => void;
  empty: string;
}

/** Saved articles, sortable by any column, each linking to the page and to its annotations in context. */
export function ArticleTable({
  page: { rows, total, more },
  types,
  search,
  sort,
  onSort,
  empty,
}: Props) {
  const header = (label: string, key: ArticleSortKey) => (
    <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} />
  );
  return (
    <section id="articles" aria-labelledby="articles-title">
      <h2 id="articles-title">Articles ({total})</h2>
      {total === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <Paged
          items={rows}
          total={total}
          onMore={more}
          noun="articles"
          render={(page) => (
            <table class="articles">
              <thead>
                <tr>
                  {header('Title', 'title')}
                  {header('Site', 'site')}
                  {header('Published', 'published')}
                  {types.map((t) => (
                    <SortHeader
                      key={t}
                      label={TYPE_PLURALS[t]}
                      sortKey={t}
                      sort={sort}
                      onSort={onSort}
                    />
                  ))}
                  {header('Saved', 'saved')}
                </tr>
              </thead>
              <tbody>
                {page.map(({ article, counts }) => (
                  <tr key={article.url} data-url={article.url}>
                    <td>
                      <ArticleLink url={article.url}>
                        <Marked text={article.title} search={search} />
                      </ArticleLink>
                      {article.byline && (
                        <div class="hint">
                          <Marked text={article.byline} search={search} />
                        </div>
                      )}
                      <a class="in-context-link" href={articleHref(article.url)}>
                        Annotations in context
                      </a>
                    </td>
                    <td>{siteLabel(article)}</td>
                    <td>{formatDate(article.publishedTime) ?? ''}</td>
                    {types.map((t) => (
                      <td key={t} class="count">
                        {counts[t]}
                      </td>
                    ))}
                    <td>{formatDate(article.savedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
      )}
    </section>
  );
}

/** A link to an article; URLs come from pages, so only http(s) ones become links. */
export function ArticleLink({
  url,
  title,
  children,
}: {
  url: string;
  title?: string;
  children?: ComponentChildren;
}) {
  const safe = httpUrlOrNull(url);
  const label = children ?? title;
  return safe ? (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}
