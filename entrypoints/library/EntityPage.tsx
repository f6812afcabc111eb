import type { GlossDatabase } from '@/utils/store/db';
import { readEntityDetail } from '@/utils/store/library-detail';
import { STATUS_LABELS, TYPE_LABELS } from '@/utils/labels';
import { articleHref } from '@/utils/library/route';
import { useLiveQuery } from '@/hooks/use-live-query';
import { PassageRow } from './PassageRow';
import { AnnotationTags } from './AnnotationTags';

interface Props {
  db: GlossDatabase;
  id: string;
  onTag: (tag: string) => void;
  onError: (message: string) => void;
}

/** One person or organization: every mention in its sentence with its note and article, and the claims attributed to them. */
export function EntityPage({ db, id, onTag, onError }: Props) {
  const detail = useLiveQuery(() => readEntityDetail(db, id), [db, id]);
  const d = detail.value;
  if (!d) return detail.error ? null : <p role="status">Reading…</p>;
  const { entity, mentions, claims } = d;
  if (!entity)
    return (
      <section class="entity-page">
        <a href="#">← Library</a>
        <p class="empty">This person or organization is no longer in your library.</p>
      </section>
    );
  const articles = new Set(mentions.map((m) => m.annotation.articleUrl)).size;
  return (
    <article class={`entity-page type-${entity.type}`} aria-labelledby="entity-title">
      <a href="#">← Library</a>
      <h2 id="entity-title">
        <span class={`chip chip-${entity.type}`}>{TYPE_LABELS[entity.type]}</span> {entity.name}
      </h2>
      {entity.aliases.length > 0 && <p class="hint">Also named: {entity.aliases.join(', ')}</p>}
      <section aria-labelledby="mentions-title">
        <h3 id="mentions-title">
          {mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'} in {articles}{' '}
          {articles === 1 ? 'article' : 'articles'}
        </h3>
        {mentions.length === 0 ? (
          <p class="empty">Not tagged in any article yet.</p>
        ) : (
          <ol class="passages">
            {mentions.map(({ annotation: a, article }) => (
              <PassageRow key={a.id} annotation={a} kind="mention">
                <div class="margin-note">
                  <a href={articleHref(a.articleUrl)}>{article?.title ?? a.articleUrl}</a>
                  {a.note && <p class="note">{a.note}</p>}
                  <AnnotationTags annotation={a} onFilter={onTag} onError={onError} />
                </div>
              </PassageRow>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="attributed-title">
        <h3 id="attributed-title">Claims attributed ({claims.length})</h3>
        {claims.length === 0 ? (
          <p class="empty">
            No claims attributed yet. In the library’s claims queue, type a name under “Claimed by”.
          </p>
        ) : (
          <ol class="passages">
            {claims.map(({ annotation: a, article }) => (
              <PassageRow key={a.id} annotation={a} kind="attributed">
                <div class="margin-note">
                  {a.claim && (
                    <span class={`status status-${a.claim.status}`}>
                      {STATUS_LABELS[a.claim.status]}
                    </span>
                  )}{' '}
                  <a href={articleHref(a.articleUrl)}>{article?.title ?? a.articleUrl}</a>
                  {a.note && <p class="note">{a.note}</p>}
                  {a.claim?.note && <p class="verdict-note">Verdict: {a.claim.note}</p>}
                </div>
              </PassageRow>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
