import { backgroundMessages, parseEnvelope, type BackgroundMessageType, type Reply } from '@/utils/messages';
import { allows, classifySender, type SenderFacts } from '@/utils/sender';
import type { GlossDatabase } from '@/utils/db';
import type { CardTokens } from '@/utils/card-tokens';
import type { Arrivals } from '@/utils/arrivals';
import { describeError } from '@/utils/errors';
import { handlers, type Caller } from './handlers';
import type { ExtractArticle } from './article-extraction';

export interface RouterEnv {
  db: GlossDatabase;
  ownId: string;
  extensionOrigin: string;
  notify: (articleUrl?: string) => void;
  cardTokens: CardTokens;
  arrivals: Arrivals;
  /** Tells older copies of the content script in a frame that a newer one started there. */
  supersede: (tabId: number, frameId: number, instance: string) => void;
  /** Readability on a page's serialized HTML, in an extension document with a DOM. */
  extract: ExtractArticle;
}

/** Validates, checks the sender, runs the handler; every failure comes back as a Reply the caller can show. */
export async function route(message: unknown, sender: SenderFacts, env: RouterEnv): Promise<Reply<unknown>> {
  const parsed = parseEnvelope(backgroundMessages, message);
  if (!parsed.ok) return parsed;
  const type = parsed.type as BackgroundMessageType;
  const kind = classifySender(sender, env.ownId, env.extensionOrigin);
  if (!kind || !allows(backgroundMessages[type].from, kind)) {
    return { ok: false, error: `${type} is not allowed from ${kind ?? 'an unknown sender'}.` };
  }
  const caller: Caller =
    kind === 'content' ? { kind, url: sender.url!, tabId: sender.tabId!, frameId: sender.frameId ?? 0 } : { kind, tabId: sender.tabId };
  try {
    const handler = handlers[type] as (payload: unknown, ctx: Parameters<(typeof handlers)[typeof type]>[1]) => Promise<unknown>;
    const value = await handler(parsed.payload, { db: env.db, caller, notify: env.notify, cardTokens: env.cardTokens, arrivals: env.arrivals, supersede: env.supersede, extract: env.extract });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
