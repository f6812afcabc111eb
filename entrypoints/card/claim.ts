import { useEffect, useState } from 'preact/hooks';
import type { CardClaim } from '@/utils/protocol/page-shapes';
import { sendToBackground } from '@/utils/protocol/messaging';
import { acknowledge, openLine } from './page-channel';

export type ClaimState =
  | { status: 'waiting' }
  | { status: 'refused'; reason: string }
  | { status: 'ready'; claim: CardClaim };

/**
 * With no valid token this long after it is first on screen, the card says it was not opened by
 * Gloss (a page framed it). Counted from the first sight, not the load: Gloss loads its next card
 * hidden while the reader selects, and that one may wait longer for its token, unseen.
 */
const WAIT_FOR_TOKEN_MS = 3000;

/**
 * The card's half of the token handshake (utils/protocol/card-tokens.ts). Gloss's content script posts a
 * one-time token to this frame, aimed at the extension's origin; the card redeems it with the
 * background, which checks the tab and the parent page. Until then the card shows and does
 * nothing. Anything else posted to this frame — by a page that framed card.html itself — is a
 * token that fails to redeem, or is ignored. The token comes with a MessagePort, the card's only
 * line back to the content script (page-channel.ts).
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
    const [port] = e.ports;
    if (!port) return;
    acknowledge(port);
    sendToBackground('card:claim', { token: data.token.slice(0, 64), parentOrigin }).then(
      (claim) => {
        if (done) return;
        stop();
        openLine(port);
        onState({ status: 'ready', claim });
      },
      (error: Error) => !done && onState({ status: 'refused', reason: error.message }),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unwatch = whenFirstShown(() => {
    timer = setTimeout(
      () => !done && onState({ status: 'refused', reason: 'This card was not opened by Gloss.' }),
      WAIT_FOR_TOKEN_MS,
    );
  });
  function stop() {
    done = true;
    unwatch();
    clearTimeout(timer);
    window.removeEventListener('message', onMessage);
  }
  window.addEventListener('message', onMessage);
  return stop;
}

/** Calls `then` once, when this document is first on screen (its frame shown and in view). */
export function whenFirstShown(then: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    then();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    then();
  });
  observer.observe(document.documentElement);
  return () => observer.disconnect();
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
