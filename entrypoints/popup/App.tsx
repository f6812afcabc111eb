import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import { ANNOTATION_TYPES, type AnnotationType } from '@/utils/model';
import { TYPE_PLURALS } from '@/utils/labels';
import { useTabId, usePageState } from '@/hooks/use-page-state';
import { useArticleData } from '@/hooks/use-article-data';
import { sendToBackground, sendToTab } from '@/utils/protocol/messaging';
import { countByType } from '@/utils/model/review-filter';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { openSidePanel } from './side-panel';
import { ArticleChangeNotice } from '@/components/ArticleChangeNotice';
import { useArticleChanges } from '@/hooks/use-article-changes';

interface Props {
  db: GlossDatabase;
  requestedTab: string | null;
}

/**
 * The popup, a short summary of the tab's article: how many annotations of each type, tagging the
 * page's selection, and the way to the side panel (where they are reviewed) and the library.
 */
export function App({ db, requestedTab }: Props) {
  const tabId = useTabId(requestedTab);
  const page = usePageState(tabId);
  const { stored, annotations } = useArticleData(db, page.state);
  const changes = useArticleChanges(tabId, page.state?.url ?? null);
  const [error, setError] = useState<string | null>(null);
  const run = (action: Promise<unknown>) =>
    action.then(() => setError(null)).catch((e: Error) => setError(e.message));

  if (page.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (page.status === 'unreachable' || !page.state || tabId === null) {
    return (
      <main class="popup">
        <p class="empty">
          Gloss can't read this page (browser pages and the extension store are off limits). Open a
          news article and try again.
        </p>
      </main>
    );
  }

  const article = stored ?? page.state.article;
  const list = annotations ?? [];
  const counts = countByType(list);
  const selection = page.state.selection;
  const tag = (type: AnnotationType) =>
    run(sendToTab(tabId, 'content:tag-selection', { type }).then(() => page.refresh()));

  return (
    <main class="popup">
      <ArticleChangeNotice changes={changes} />
      <ArticleHeader article={article} />
      <p class="count" aria-live="polite">
        {list.length === 1 ? '1 annotation' : `${list.length} annotations`}
      </p>
      {list.length > 0 ? (
        <ul class="type-counts" aria-label="Annotations by type">
          {ANNOTATION_TYPES.filter((t) => counts[t] > 0).map((t) => (
            <li key={t} class={`type-count type-${t}`}>
              {TYPE_PLURALS[t]}: {counts[t]}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">Select text on the page to tag it; review it all in the side panel.</p>
      )}
      {selection && (
        <section class="selection" aria-label="Selected text">
          <blockquote class="quote">{selection}</blockquote>
          <SelectionToolbar onAction={tag} label="Tag the selected text" />
        </section>
      )}
      <div class="actions">
        <button type="button" onClick={() => run(openSidePanel(tabId))}>
          Open side panel
        </button>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Open library
        </a>
        {page.state.article && !stored && (
          <button
            type="button"
            onClick={() => run(sendToBackground('article:save', { article: page.state!.article! }))}
          >
            Save article
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
