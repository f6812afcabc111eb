import { useMemo } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import { readArticleDetail, type ArticleDetail } from '@/utils/store/library-detail';
import { placeInParagraphs, type Passage } from '@/utils/library/passages';
import { formatDate } from '@/utils/format';
import { useLiveQuery } from '@/hooks/use-live-query';
import { PassageRow } from './PassageRow';
import { ArticleLink } from './ArticleTable';
import { AnnotationNote } from './AnnotationNote';

interface Props {
  db: GlossDatabase;
  url: string;
  onTag: (tag: string) => void;
  onError: (message: string) => void;
}

/**
 * One article read with its annotations: the text Gloss saved when it was annotated, passages
 * marked and notes in the margin beside them; without a saved text, each quote in its sentence.
 */
export function ArticleView({ db, url, onTag, onError }: Props) {
  const detail = useLiveQuery(() => readArticleDetail(db, url), [db, url]);
  const d = detail.value;
  if (!d) return detail.error ? null : <p role="status">Reading the article…</p>;
  const { article, annotations } = d;
  if (!article && annotations.length === 0)
    return (
      <section class="article-view">
        <a href="#">← Library</a>
        <p class="empty">This article is not in your library.</p>
      </section>
    );
  const note = (a: (typeof annotations)[number]) => (
    <AnnotationNote
      key={a.id}
      annotation={a}
      entities={d.entities}
      onTag={onTag}
      onError={onError}
    />
  );
  return (
    <article class="article-view" aria-labelledby="article-title">
      <a href="#">← Library</a>
      <h2 id="article-title">
        <ArticleLink url={url} title={article?.title ?? url} />
      </h2>
      <p class="hint byline">
        {[article?.byline, article?.siteName, formatDate(article?.publishedTime)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {annotations.length === 0 ? (
        <p class="empty">No annotations on this article yet.</p>
      ) : d.snapshot ? (
        <SavedText detail={d} note={note} />
      ) : (
        <>
          <p class="hint">
            Gloss kept no copy of this article’s text, so each annotation shows in its sentence, in
            page order.
          </p>
          <QuotesInContext annotations={annotations} note={note} />
        </>
      )}
    </article>
  );
}

function SavedText({
  detail,
  note,
}: {
  detail: ArticleDetail;
  note: (a: ArticleDetail['annotations'][number]) => preact.JSX.Element;
}) {
  const snapshot = detail.snapshot!;
  const placed = useMemo(
    () => placeInParagraphs(snapshot.paragraphs, detail.annotations),
    [snapshot, detail.annotations],
  );
  const typeOf = new Map(detail.annotations.map((a) => [a.id, a.type]));
  return (
    <>
      <p class="hint">The text as Gloss saved it on {formatDate(snapshot.takenAt)}.</p>
      <div class="saved-text">
        {placed.paragraphs.map((p: Passage, i) => (
          <div class="passage-row" key={i}>
            <p>
              {p.runs.map((run, j) =>
                run.ids.length ? (
                  <mark
                    key={j}
                    class={`passage type-${typeOf.get(run.ids[run.ids.length - 1])}`}
                    data-annotation-ids={run.ids.join(' ')}
                  >
                    {run.text}
                  </mark>
                ) : (
                  run.text
                ),
              )}
            </p>
            <aside class="margin">{p.starting.map(note)}</aside>
          </div>
        ))}
      </div>
      {placed.unplaced.length > 0 && (
        <section aria-labelledby="unplaced-title">
          <h3 id="unplaced-title">Not found in the saved text</h3>
          <QuotesInContext annotations={placed.unplaced} note={note} />
        </section>
      )}
    </>
  );
}

/** Annotations as quotes in their sentences, each with its note: where no saved text places them. */
function QuotesInContext({
  annotations,
  note,
}: {
  annotations: ArticleDetail['annotations'];
  note: (a: ArticleDetail['annotations'][number]) => preact.JSX.Element;
}) {
  return (
    <ol class="passages">
      {annotations.map((a) => (
        <PassageRow key={a.id} annotation={a}>
          {note(a)}
        </PassageRow>
      ))}
    </ol>
  );
}
