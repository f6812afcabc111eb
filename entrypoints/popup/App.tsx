import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import type { AnnotationType } from '@/utils/model';
import { annotationsForUrls, findArticle, referencedEntities } from '@/utils/store/repo';
import { useLiveQuery } from '@/hooks/use-live-query';
import { sendToBackground, sendToTab } from '@/utils/protocol/messaging';
import { pageOrder } from '@/utils/page/page-order';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { AnnotationList } from '@/components/AnnotationList';
import { usePageState, useTabId } from './page-state';
import { useUndoableDelete } from '@/hooks/use-undoable-delete';
import { ExportMenu } from '@/components/ExportMenu';
import { exportFile } from '@/utils/store/export-reads';
import { Suggestions } from './Suggestions';
import { ArticleChangeNotice } from '@/components/ArticleChangeNotice';
import { useArticleChanges } from '@/hooks/use-article-changes';

interface Props {
  db: GlossDatabase;
  requestedTab: string | null;
}

/** The popup as a window of its own, still about the same tab: it stays open while the reader works on the page. */
async function openInWindow(tabId: number) {
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?tab=${tabId}`),
    type: 'popup',
    width: 460,
    height: 720,
  });
  window.close();
}

/** The popup: the current tab's article, its annotations, and tagging from the page's selection. */
export function App({ db, requestedTab }: Props) {
  const tabId = useTabId(requestedTab);
  const page = usePageState(tabId);
  const changes = useArticleChanges(tabId, page.state?.url ?? null);
  const urls = page.state
    ? [page.state.url, page.state.canonicalUrl].filter((u): u is string => !!u)
    : [];
  const key = urls.join(' ');
  const stored = useLiveQuery(() => (urls.length ? findArticle(db, urls) : undefined), [key]);
  const annotations = useLiveQuery(() => (urls.length ? annotationsForUrls(db, urls) : []), [key]);
  const entities = useLiveQuery(
    () => referencedEntities(db, annotations.value ?? []),
    [annotations.value],
  );
  const [error, setError] = useState<string | null>(null);
  const undo = useUndoableDelete(setError);

  const run = (action: Promise<unknown>) =>
    action.then(() => setError(null)).catch((e: Error) => setError(e.message));

  if (page.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (page.status === 'unreachable' || !page.state) {
    return (
      <main class="popup">
        <p class="empty">
          Gloss can't read this page (browser pages and the extension store are off limits). Open a
          news article and try again.
        </p>
      </main>
    );
  }

  const article = stored.value ?? page.state.article;
  const list = pageOrder(annotations.value ?? []);
  const selection = page.state.selection;
  const tag = (type: AnnotationType) =>
    run(sendToTab(tabId!, 'content:tag-selection', { type }).then(() => page.refresh()));

  return (
    <main class="popup">
      <ArticleChangeNotice changes={changes} />
      {selection && (
        <section class="selection" aria-label="Selected text">
          <blockquote class="quote">{selection}</blockquote>
          <SelectionToolbar onAction={tag} label="Tag the selected text" />
        </section>
      )}
      {article ? (
        <ArticleHeader article={article} />
      ) : (
        <p class="empty">No article found on this page</p>
      )}
      <p class="count" aria-live="polite">
        {list.length === 1 ? '1 annotation' : `${list.length} annotations`}
      </p>
      <div class="actions">
        {page.state.article && !stored.value && (
          <button
            type="button"
            onClick={() => run(sendToBackground('article:save', { article: page.state!.article! }))}
          >
            Save article
          </button>
        )}
        {stored.value && (
          <details class="export">
            <summary>Export this article</summary>
            <ExportMenu
              label="Export this article"
              exportFile={(format) => exportFile(db, format, stored.value!)}
              onError={setError}
            />
          </details>
        )}
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Open library
        </a>
        {!requestedTab && tabId !== null && (
          <button type="button" onClick={() => void openInWindow(tabId)}>
            Open in a window
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {undo.pending && (
        <p class="undo" role="status">
          Deleted “{undo.pending.quote.slice(0, 60)}”.{' '}
          <button type="button" onClick={undo.undo}>
            Undo
          </button>
        </p>
      )}
      {article && page.state.article && (
        <Suggestions
          tabId={tabId!}
          article={page.state.article}
          stored={stored.value}
          annotations={annotations.value ?? []}
          entities={entities.value ?? []}
          onError={setError}
        />
      )}
      <AnnotationList
        annotations={list}
        entities={entities.value ?? []}
        anchors={page.state.anchors}
        onChange={(id, patch) => run(sendToBackground('annotation:update', { id, patch }))}
        onDelete={(annotation) => undo.remove(annotation)}
        onJump={(id) => run(sendToTab(tabId!, 'content:scroll-to', { id }))}
      />
    </main>
  );
}
