import { useEffect, useState } from 'preact/hooks';
import type { ArticleChanges } from '@/utils/page/article-changes';
import { sendToBackground } from '@/utils/protocol/messaging';

/**
 * What changed in the article a tab shows since the reader annotated it, or null: nothing
 * changed, no snapshot is kept, or the tab has no article. The background answers article:changes
 * with the snapshot and today's text; the diff (jsdiff) is loaded and run here, only when there is
 * one to show, so neither the service worker nor a page's first load carries it. Asked once per
 * tab and `page` (its URL, say), so a tab that moves to another article is asked again; a failure
 * reads as "nothing to tell" — the notice is a help, never an error in the reader's way.
 */
export function useArticleChanges(
  tabId: number | null,
  page: string | null = null,
): ArticleChanges | null {
  const [changes, setChanges] = useState<ArticleChanges | null>(null);
  useEffect(() => {
    setChanges(null);
    if (tabId === null || tabId < 0) return;
    let current = true;
    (async () => {
      const revision = await sendToBackground('article:changes', { tabId });
      if (!revision || !current) return;
      const { articleChanges } = await import('@/utils/page/article-changes');
      const found = articleChanges(revision.snapshot, revision.paragraphs, revision.annotations);
      if (current) setChanges(found);
    })().catch(() => current && setChanges(null));
    return () => {
      current = false;
    };
  }, [tabId, page]);
  return changes;
}
