/**
 * One-time tokens for the framed annotation card.
 *
 * The card is an extension page framed inside the reader's tab. A web page can frame that page too
 * (it is web-accessible), so the card acts only for a token the background issued to Gloss's own
 * content script, for one annotation, in one tab. The content script hands the token to the frame
 * it created (by postMessage to that frame's extension origin, never through the page's DOM or the
 * frame's URL); the card redeems it once, from the same tab and under the page that asked.
 *
 * Tokens live in the service worker's memory: one that outlives a worker restart is simply gone,
 * and the card says "click the mark again" — a cheap failure, and nothing to clean up on disk.
 */

export interface CardGrant {
  annotationId: string;
  tabId: number;
  /** The content script's frame: where the card's close and focus messages go. */
  frameId: number;
  /** URL of the page that asked: the annotation must belong to its site (utils/sender.ts). */
  pageUrl: string;
  /** The card was opened by a tag or shortcut, not a click on a mark: it takes the keyboard focus. */
  focus: boolean;
}

export interface RedeemFacts {
  /** The tab the redeeming card frame is in (from the message sender, not from the card's word). */
  tabId: number | undefined;
  /** The origin of the card frame's parent, where the browser reports it (location.ancestorOrigins). */
  parentOrigin: string | null;
}

export const CARD_TOKEN_TTL_MS = 30_000;
/** A tab holds at most this many unredeemed tokens; older ones are dropped (a page cannot fill memory). */
const MAX_PENDING_PER_TAB = 4;

export type RedeemResult = { ok: true; grant: CardGrant } | { ok: false; reason: string };

export function createCardTokens(
  options: { ttlMs?: number; now?: () => number; random?: () => string } = {},
) {
  const ttl = options.ttlMs ?? CARD_TOKEN_TTL_MS;
  const now = options.now ?? Date.now;
  const random = options.random ?? (() => crypto.randomUUID());
  const pending = new Map<string, CardGrant & { expires: number }>();

  const sweep = () => {
    const t = now();
    for (const [token, p] of pending) if (p.expires <= t) pending.delete(token);
  };

  return {
    issue(grant: CardGrant): string {
      sweep();
      const ofTab = [...pending].filter(([, p]) => p.tabId === grant.tabId);
      for (const [token] of ofTab.slice(0, Math.max(0, ofTab.length - MAX_PENDING_PER_TAB + 1)))
        pending.delete(token);
      const token = random();
      pending.set(token, { ...grant, expires: now() + ttl });
      return token;
    },

    /** Redeems a token once: a second use, another tab, another parent page or a late use all fail. */
    redeem(token: string, facts: RedeemFacts): RedeemResult {
      sweep();
      const found = pending.get(token);
      if (!found)
        return { ok: false, reason: 'This card was not opened by Gloss, or it has expired.' };
      if (facts.tabId !== found.tabId)
        return { ok: false, reason: 'This card belongs to another tab.' };
      if (facts.parentOrigin !== null && facts.parentOrigin !== new URL(found.pageUrl).origin)
        return { ok: false, reason: 'This card belongs to another page.' };
      pending.delete(token);
      const { expires: _expires, ...grant } = found;
      return { ok: true, grant };
    },

    get size() {
      return pending.size;
    },
  };
}

export type CardTokens = ReturnType<typeof createCardTokens>;
