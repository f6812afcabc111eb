import { siteLabel } from '@/utils/store/library-view';
import { formatDate } from '@/utils/format';
import { TYPE_PLURALS } from '@/utils/labels';
import { ANNOTATION_TYPES } from '@/utils/model';
import { httpUrlOrNull } from '@/utils/interchange/export';
import { Paged } from '@/components/Paged';
import type { ArticleRow } from '@/utils/store/library-view';
import type { Shown } from '@/hooks/use-library';

/** Saved articles, most recently saved first, each linking to the page itself. */
export function ArticleTable({ page: { rows, total, more } }: { page: Shown<ArticleRow> }) {
  return (
    <section id="articles" aria-labelledby="articles-title">
      <h2 id="articles-title">Articles ({total})</h2>
      {total === 0 ? (
        <p class="empty">
          No saved articles yet. Highlight something on a news page, or use “Save article” in the
          popup.
        </p>
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
                  <th scope="col">Title</th>
                  <th scope="col">Site</th>
                  <th scope="col">Published</th>
                  {ANNOTATION_TYPES.map((t) => (
                    <th scope="col" key={t}>
                      {TYPE_PLURALS[t]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.map(({ article, counts }) => (
                  <tr key={article.url} data-url={article.url}>
                    <td>
                      <ArticleLink url={article.url} title={article.title} />
                      {article.byline && <div class="hint">{article.byline}</div>}
                    </td>
                    <td>{siteLabel(article)}</td>
                    <td>{formatDate(article.publishedTime) ?? ''}</td>
                    {ANNOTATION_TYPES.map((t) => (
                      <td key={t}>{counts[t]}</td>
                    ))}
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
export function ArticleLink({ url, title }: { url: string; title: string }) {
  const safe = httpUrlOrNull(url);
  return safe ? (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}
