import { referencedEntities } from '@/utils/store/repo';
import { contentMayTouch } from '@/utils/protocol/sender';
import type { Handlers } from './handler-context';

/**
 * The framed card's two steps: a page asks for a one-time token for one of its annotations, and
 * the card, an extension page framed in that page, redeems it for what it shows. The page's site is
 * checked at the redemption, because the annotation may still be on its way when the card opens.
 */

/** How long a new annotation's card waits for the page's save (a busy page, a slow disk). */
const CARD_WAITS_FOR_SAVE_MS = 10_000;

export const cardHandlers: Pick<Handlers, 'card:open' | 'card:claim'> = {
  async 'card:open'({ id, focus }, ctx) {
    if (ctx.caller.kind !== 'content') throw new Error('Only a page opens a card.');
    // The annotation may still be on its way (a card opens at the click, while the page saves):
    // whether it belongs to this page's site is checked when the card redeems the token.
    const { url: pageUrl, tabId, frameId } = ctx.caller;
    return { token: ctx.cardTokens.issue({ annotationId: id, tabId, frameId, pageUrl, focus }) };
  },
  async 'card:claim'({ token, parentOrigin }, ctx) {
    const result = ctx.cardTokens.redeem(token, { tabId: ctx.caller.tabId, parentOrigin });
    if (!result.ok) throw new Error(result.reason);
    const { annotationId, pageUrl, focus } = result.grant;
    const arrival = ctx.arrivals.wait(annotationId, CARD_WAITS_FOR_SAVE_MS);
    let annotation = await ctx.db.annotations.get(annotationId);
    if (!annotation) {
      await arrival.done;
      annotation = await ctx.db.annotations.get(annotationId);
    }
    arrival.cancel();
    if (!annotation) throw new Error('This annotation was not saved.');
    if (!contentMayTouch(pageUrl, annotation.articleUrl))
      throw new Error('A page may only open cards of its own annotations.');
    const claimants = await referencedEntities(
      ctx.db,
      await ctx.db.annotations.where('articleUrl').equals(annotation.articleUrl).toArray(),
    );
    const entityName = claimants.find((e) => e.id === annotation.entityId)?.name ?? null;
    return { annotation, entityName, claimants, focus };
  },
};
