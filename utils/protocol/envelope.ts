import * as v from 'valibot';

/**
 * The envelope every Gloss message travels in, whichever way it goes: `{ type, payload }` out,
 * `{ ok: true, value }` or `{ ok: false, error }` back, so a handler's failure reaches the UI that
 * asked. Kept apart from the message tables because both routers (the background's and the
 * content script's) and both senders (messaging.ts, the offscreen document) share it.
 */

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope {
  type: string;
  payload: unknown;
}

/** Validates an incoming envelope against a table of schemas; returns the parsed payload or why not. */
export function parseEnvelope<T extends Record<string, { schema: v.GenericSchema }>>(
  table: T,
  message: unknown,
): { ok: true; type: keyof T & string; payload: unknown } | { ok: false; error: string } {
  if (typeof message !== 'object' || message === null)
    return { ok: false, error: 'Message is not an object.' };
  const { type, payload } = message as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.hasOwn(table, type))
    return { ok: false, error: `Unknown message type: ${String(type).slice(0, 64)}` };
  const result = v.safeParse(table[type].schema, payload ?? {});
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => p.key).join('.') ?? '';
    // Gloss's own field messages are phrased to follow the field's name and reach the reader as
    // they are (`"evidenceUrl" must be … URL`); valibot's generic ones are for developers.
    if (/^[a-z]/.test(issue.message) && path)
      return { ok: false, error: `"${issue.path!.at(-1)!.key}" ${issue.message}` };
    return { ok: false, error: `Invalid ${type} message: ${path || 'payload'}: ${issue.message}` };
  }
  return { ok: true, type, payload: result.output };
}
