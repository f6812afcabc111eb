import { backgroundMessages, type BackgroundMessageType } from '@/utils/protocol/messages';
import { parseEnvelope, type Reply } from '@/utils/protocol/envelope';
import { allows, classifySender, type SenderFacts } from '@/utils/protocol/sender';
import type { FrameRef } from '@/utils/protocol/frame-registry';
import { describeError } from '@/utils/errors';
import { handlers } from './handlers';
import type { Caller, HandlerContext } from './handler-context';

/** What the router is built with: the handlers' context, less what it works out per message. */
export interface RouterEnv extends Omit<HandlerContext, 'caller' | 'notify'> {
  ownId: string;
  extensionOrigin: string;
  /** Tells the frames showing an article (all, without one) that it changed, except the frame `except`. */
  notify: (articleUrl: string | undefined, except?: FrameRef) => void;
}

/** Validates, checks the sender, runs the handler; every failure comes back as a Reply the caller can show. */
export async function route(
  message: unknown,
  sender: SenderFacts,
  env: RouterEnv,
): Promise<Reply<unknown>> {
  const parsed = parseEnvelope(backgroundMessages, message);
  if (!parsed.ok) return parsed;
  const type = parsed.type as BackgroundMessageType;
  const kind = classifySender(sender, env.ownId, env.extensionOrigin);
  if (!kind || !allows(backgroundMessages[type].from, kind)) {
    return { ok: false, error: `${type} is not allowed from ${kind ?? 'an unknown sender'}.` };
  }
  const caller: Caller =
    kind === 'content'
      ? { kind, url: sender.url!, tabId: sender.tabId!, frameId: sender.frameId ?? 0 }
      : { kind, tabId: sender.tabId };
  try {
    const handler = handlers[type] as (
      payload: unknown,
      ctx: Parameters<(typeof handlers)[typeof type]>[1],
    ) => Promise<unknown>;
    // No echo: the frame that made a change already shows it.
    const own =
      caller.kind === 'content' ? { tabId: caller.tabId, frameId: caller.frameId } : undefined;
    const notify = (articleUrl?: string) => env.notify(articleUrl, own);
    const { db, cardTokens, arrivals, supersede, showing, imports, extract } = env;
    const { pageText, snapshotsOn } = env;
    const value = await handler(parsed.payload, {
      db,
      caller,
      notify,
      cardTokens,
      arrivals,
      supersede,
      showing,
      imports,
      extract,
      pageText,
      snapshotsOn,
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
