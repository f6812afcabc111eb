// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draft } from '../helpers/db';
import type { SenderFacts } from '../../../utils/protocol/sender';
import {
  EVIL,
  ORIGIN,
  OWN_ID,
  POPUP,
  VICTIM,
  errorOf,
  onPage,
  seedVictim,
  setupRouter,
} from '../helpers/router-env';

describe('route: the framed card', () => {
  const cardIn = (tabId: number): SenderFacts => ({
    id: OWN_ID,
    url: `${ORIGIN}card.html`,
    tabId,
    frameId: 3,
  });

  it('opens for a token the page asked for, once, in the same tab, under the same page', async () => {
    const { db, send } = setupRouter();
    const { secret } = await seedVictim(db);
    const opened = await send<{ token: string }>(onPage(VICTIM, 7), 'card:open', {
      id: secret.id,
      focus: true,
    });
    if (!opened.ok) throw new Error(opened.error);
    const origin = new URL(VICTIM).origin;
    expect(
      errorOf(
        await send(cardIn(8), 'card:claim', { token: opened.value.token, parentOrigin: origin }),
      ),
    ).toBe('This card belongs to another tab.');
    expect(
      errorOf(
        await send(cardIn(7), 'card:claim', {
          token: opened.value.token,
          parentOrigin: 'https://evil.example',
        }),
      ),
    ).toBe('This card belongs to another page.');
    const claimed = await send(cardIn(7), 'card:claim', {
      token: opened.value.token,
      parentOrigin: origin,
    });
    expect(claimed).toMatchObject({
      ok: true,
      value: { annotation: { id: secret.id, note: secret.note }, focus: true },
    });
    expect(
      errorOf(
        await send(cardIn(7), 'card:claim', { token: opened.value.token, parentOrigin: origin }),
      ),
    ).toBe('This card was not opened by Gloss, or it has expired.');
  });

  it('a made-up token, or one asked for by a page of another site, opens nothing', async () => {
    const { db, send } = setupRouter();
    const { secret } = await seedVictim(db);
    expect(
      errorOf(await send(cardIn(7), 'card:claim', { token: 'guess', parentOrigin: null })),
    ).toBe('This card was not opened by Gloss, or it has expired.');
    const evil = await send<{ token: string }>(onPage(EVIL, 7), 'card:open', {
      id: secret.id,
      focus: false,
    });
    if (!evil.ok) throw new Error(evil.error);
    expect(
      errorOf(await send(cardIn(7), 'card:claim', { token: evil.value.token, parentOrigin: null })),
    ).toBe('A page may only open cards of its own annotations.');
    // Only a content script asks for tokens; only an extension page redeems them.
    expect(errorOf(await send(POPUP, 'card:open', { id: secret.id, focus: false }))).toBe(
      'card:open is not allowed from extension.',
    );
    expect(
      errorOf(await send(onPage(VICTIM), 'card:claim', { token: 'x', parentOrigin: null })),
    ).toBe('card:claim is not allowed from content.');
  });

  it("a card opened at the click waits for the page's save to land", async () => {
    const { send } = setupRouter();
    const d = draft(VICTIM, { id: 'fresh' });
    const opened = await send<{ token: string }>(onPage(VICTIM), 'card:open', {
      id: 'fresh',
      focus: true,
    });
    if (!opened.ok) throw new Error(opened.error);
    const claim = send(cardIn(7), 'card:claim', { token: opened.value.token, parentOrigin: null });
    await send(onPage(VICTIM), 'annotation:create', { draft: d });
    expect(await claim).toMatchObject({ ok: true, value: { annotation: { id: 'fresh' } } });
  });
});
