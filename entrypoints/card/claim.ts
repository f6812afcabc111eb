import { useEffect, useState } from 'preact/hooks';
import type { CardClaim } from '@/utils/protocol/page-shapes';
import { sendToBackground } from '@/utils/protocol/messaging';

export type ClaimState =
  | { status: 'waiting' }
  | { status: 'refused'; reason: string }
  | { status: 'ready'; claim: CardClaim };

/** With no valid token by then, the card says it was not opened by Gloss (a page framed it). */
const WAIT_FOR_TOKEN_MS = 3000;

/**
 * The card's half of the token handshake (utils/protocol/card-tokens.ts). Gloss's content script posts a
 * one-time token to this frame, aimed at the extension's origin; the card redeems it with the
 * background, which checks the tab and the parent page. Until then the card shows and does
 * nothing. Anything else posted to this frame — by the page, which can reach it through
 * `window.frames` — is a token that fails to redeem, or is ignored.
 *
 * It listens from the moment the script runs, not from a component's effect: the content script
 * posts the token on the frame's load event, which can come before Preact runs effects.
 */
export function listenForClaim(onState: (state: ClaimState) => void): () => void {
  if (window.parent === window) {
    onState({
      status: 'refused',
      reason: 'Gloss opens this card beside an article; it does nothing on its own.',
    });
    return () => {};
  }
  let done = false;
  const parentOrigin =
    (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0] ?? null;
  const onMessage = (e: MessageEvent) => {
    if (done || !e.isTrusted || e.source !== window.parent) return;
    const data = e.data as { type?: unknown; token?: unknown } | null;
    if (
      typeof data !== 'object' ||
      data === null ||
      data.type !== 'gloss:card-token' ||
      typeof data.token !== 'string'
    )
      return;
    sendToBackground('card:claim', { token: data.token.slice(0, 64), parentOrigin }).then(
      (claim) => {
        if (done) return;
        stop();
        onState({ status: 'ready', claim });
      },
      (error: Error) => !done && onState({ status: 'refused', reason: error.message }),
    );
  };
  const timer = setTimeout(
    () => !done && onState({ status: 'refused', reason: 'This card was not opened by Gloss.' }),
    WAIT_FOR_TOKEN_MS,
  );
  function stop() {
    done = true;
    clearTimeout(timer);
    window.removeEventListener('message', onMessage);
  }
  window.addEventListener('message', onMessage);
  return stop;
}

export interface ClaimStore {
  get(): ClaimState;
  subscribe(listener: () => void): () => void;
}

/** Starts listening at once (call it before rendering) and keeps the latest state for the card. */
export function createClaimStore(): ClaimStore {
  let state: ClaimState = { status: 'waiting' };
  const listeners = new Set<() => void>();
  listenForClaim((next) => {
    state = next;
    listeners.forEach((l) => l());
  });
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useClaim(store: ClaimStore): ClaimState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}

/** Tells the content script that framed this card what it needs: the card's height, or to close it. */
export function tellPage(
  message:
    | { type: 'gloss:card-size'; height: number }
    | { type: 'gloss:card-ready'; focused: boolean }
    | { type: 'gloss:card-close' },
): void {
  // Nothing private travels this way; the content script checks that the message comes from its own frame.
  window.parent.postMessage(message, '*');
}
