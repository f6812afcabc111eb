import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '@/utils/store/repo';
import { reattachAnnotation } from '@/utils/store/reattach';
import { toMark } from '@/utils/model';
import { snapshotArticle } from './article-changes';
import {
  assertMayTouch,
  assertMayTouchId,
  withOwnCanonical,
  type Handlers,
} from './handler-context';

/**
 * An annotation's life: created (from the reader's gesture on a page, or from an extension page),
 * edited, deleted, restored and re-attached to new text. Each tells the pages showing its article,
 * never the frame that made the change.
 */
export const annotationHandlers: Pick<
  Handlers,
  | 'annotation:create'
  | 'annotation:update'
  | 'annotation:delete'
  | 'annotation:restore'
  | 'annotation:reattach'
> = {
  async 'annotation:create'({ draft, entityName, article }, ctx) {
    assertMayTouch(ctx, draft.articleUrl);
    if (article && article.url !== draft.articleUrl)
      throw new Error('The annotation and its article disagree on the URL.');
    // A page may not leave notes: what the reader writes goes through the card, an extension page.
    if (ctx.caller.kind === 'content' && draft.note !== '')
      throw new Error('A page cannot write notes.');
    const created = await createAnnotation(ctx.db, draft, {
      entityName,
      article: article && withOwnCanonical(article),
    });
    ctx.arrivals.arrived(created.annotation.id);
    ctx.notify(draft.articleUrl);
    // The article's first annotation keeps its text (an extracted record; a placeholder's comes with article:complete).
    if (ctx.caller.kind === 'content') await snapshotArticle(ctx, ctx.caller, draft.articleUrl);
    return toMark(created.annotation);
  },
  async 'annotation:update'({ id, patch }, ctx) {
    await assertMayTouchId(ctx, id);
    const updated = await updateAnnotation(ctx.db, id, patch);
    ctx.notify(updated.articleUrl);
    return updated;
  },
  async 'annotation:delete'({ id }, ctx) {
    await assertMayTouchId(ctx, id);
    const deleted = (await deleteAnnotation(ctx.db, id)) ?? null;
    if (deleted) ctx.notify(deleted.articleUrl);
    return deleted;
  },
  async 'annotation:restore'({ annotation }, ctx) {
    assertMayTouch(ctx, annotation.articleUrl);
    // A put replaces: the id must not belong to another site's annotation either.
    await assertMayTouchId(ctx, annotation.id);
    const restored = await restoreAnnotation(ctx.db, annotation);
    ctx.notify(restored.articleUrl);
    return restored;
  },
  // Issue 12, side panel: "Attach here" (the sender rule keeps it to extension pages).
  async 'annotation:reattach'({ id, selectors }, ctx) {
    await assertMayTouchId(ctx, id);
    const moved = await reattachAnnotation(ctx.db, id, selectors);
    ctx.notify(moved.articleUrl);
    return moved;
  },
};
