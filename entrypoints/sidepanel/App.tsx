import { browser } from 'wxt/browser';
import { useMemo, useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import type { Annotation, AnnotationPatch, EntityType } from '@/utils/model';
import { useTabId, usePageState } from '@/hooks/use-page-state';
import { useArticleData } from '@/hooks/use-article-data';
import { useUndoableDelete } from '@/hooks/use-undoable-delete';
import { sendToBackground, sendToTab } from '@/utils/protocol/messaging';
import { standingOf, type Standing } from '@/utils/page/standing';
import { NO_FILTER, countByType, filterAnnotations, tagsOf } from '@/utils/model/review-filter';
import { exportFile } from '@/utils/store/export-reads';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ExportMenu } from '@/components/ExportMenu';
import { ReviewFilters } from '@/components/ReviewFilters';
import { ReviewList } from '@/components/ReviewList';
import { ArticleChangeNotice } from '@/components/ArticleChangeNotice';
import { StatusLegend } from '@/components/StatusLegend';
import { useArticleChanges } from '@/hooks/use-article-changes';
import { Suggestions } from './Suggestions';

interface Props {
  db: GlossDatabase;
  requestedTab: string | null;
}

/**
 * The side panel: the article in the tab beside it (the active tab, followed as the reader switches,
 * or `?tab=<id>`), its annotations in page order as compact cards, where each stands on the page
 * now, filters and search, editing in place, "Attach here" for the ones the page lost, and
 * suggestions. It reads with liveQuery and writes through the background, like every extension page.
 */
export function App({ db, requestedTab }: Props) {
  const tabId = useTabId(requestedTab, true);
  const page = usePageState(tabId);
  const { stored, annotations, entities } = useArticleData(db, page.state);
  const changes = useArticleChanges(tabId, page.state?.url ?? null);
  const [filter, setFilter] = useState(NO_FILTER);
  const [error, setError] = useState<string | null>(null);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const undo = useUndoableDelete(setError);
  const anchors = page.state?.anchors;
  const texts = page.state?.texts;
  const standings = useMemo(
    () =>
      Object.fromEntries(
        (annotations ?? []).map((a): [string, Standing] => [
          a.id,
          standingOf(a.quote, anchors?.[a.id], texts?.[a.id]),
        ]),
      ),
    [annotations, anchors, texts],
  );

  if (page.status === 'loading') return <main class="sidepanel" aria-busy="true" />;
  if (page.status === 'unreachable' || !page.state || tabId === null) {
    return (
      <main class="sidepanel">
        <p class="empty">
          Gloss can't read this page (browser pages and the extension store are off limits). Open a
          news article to review it here.
        </p>
      </main>
    );
  }

  const article = stored ?? page.state.article;
  const list = annotations ?? [];
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const shown = filterAnnotations(list, names, filter);
  // An Undo belongs to the article it was deleted from, not to the tab the reader switched to.
  const pageUrls = [page.state.url, page.state.canonicalUrl, stored?.url];
  const deleted = undo.pending && pageUrls.includes(undo.pending.articleUrl) ? undo.pending : null;
  const say = (id: string, message: string | null) =>
    setMessages(({ [id]: _old, ...rest }) => (message ? { ...rest, [id]: message } : rest));
  const update = (id: string, patch: AnnotationPatch) =>
    sendToBackground('annotation:update', { id, patch }).then(
      () => setError(null),
      (e: Error) => {
        setError(e.message);
        throw e;
      },
    );
  const setClaimant = (id: string, name: string | null, type: EntityType) =>
    sendToBackground('claim:set-claimant', { id, name, type }).then(
      () => setError(null),
      (e: Error) => {
        setError(e.message);
        throw e;
      },
    );
  const jump = (id: string) =>
    sendToTab(tabId, 'content:scroll-to', { id }).catch((e: Error) => setError(e.message));
  // The reader has selected the right text on the page: the annotation moves there, the page repaints.
  const attach = async (a: Annotation) => {
    say(a.id, null);
    try {
      const selectors = await sendToTab(tabId, 'content:selection-selectors', {});
      if (!selectors)
        return say(a.id, 'Select the right text on the page, then press Attach here.');
      await sendToBackground('annotation:reattach', { id: a.id, selectors });
    } catch (e) {
      say(a.id, (e as Error).message);
    }
  };

  return (
    <main class="sidepanel">
      <ArticleChangeNotice changes={changes} />
      <ArticleHeader article={article} />
      <div class="actions">
        {stored && (
          <details class="export">
            <summary>Export this article</summary>
            <ExportMenu
              label="Export this article"
              exportFile={(format) => exportFile(db, format, stored)}
              onError={setError}
            />
          </details>
        )}
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Open library
        </a>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {annotations && list.length === 0 && !deleted && (
        <p class="empty first-run">
          Nothing annotated here yet. Select text on the page and choose Highlight, Person,
          Organization or Claim; your annotations will be listed here.
        </p>
      )}
      {list.length > 0 && (
        <ReviewFilters
          filter={filter}
          onChange={setFilter}
          counts={countByType(list)}
          total={list.length}
          tags={tagsOf(list)}
          hasClaims={list.some((a) => a.type === 'claim')}
        />
      )}
      {list.length > 0 && shown.length === 0 && (
        <p class="empty">
          No annotations match.{' '}
          <button type="button" onClick={() => setFilter(NO_FILTER)}>
            Show all
          </button>
        </p>
      )}
      <ReviewList
        annotations={shown}
        entityNames={names}
        claimants={entities}
        standings={standings}
        messages={messages}
        deleted={deleted}
        onJump={(id) => void jump(id)}
        onChange={update}
        onClaimant={setClaimant}
        onDelete={undo.remove}
        onUndo={undo.undo}
        onAttach={(a) => void attach(a)}
      />
      {list.some((a) => a.type === 'claim') && (
        <details class="legend">
          <summary>Claim underlines on the page</summary>
          <StatusLegend />
        </details>
      )}
      {article && page.state.article && (
        <Suggestions
          tabId={tabId}
          article={page.state.article}
          stored={stored}
          annotations={list}
          entities={entities}
          onError={setError}
        />
      )}
    </main>
  );
}
