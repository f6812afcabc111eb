// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleInput, draft, entity, snapshot } from '../helpers/db';
import { route } from '../../../entrypoints/background/router';
import {
  LIBRARY,
  OWN_ID,
  POPUP,
  VICTIM,
  errorOf,
  onPage,
  seedVictim,
  setupRouter,
} from '../helpers/router-env';

describe('route: validation and senders', () => {
  it('answers an invalid message with a clear error and touches nothing', async () => {
    const { db, send, notified } = setupRouter();
    await seedVictim(db);
    const before = await snapshot(db);
    expect(
      errorOf(
        await send(onPage(VICTIM), 'annotation:create', {
          draft: { ...draft(VICTIM), type: 'gossip' },
        }),
      ),
    ).toMatch(/^Invalid annotation:create message: draft\.type: /);
    expect(errorOf(await send(POPUP, 'annotation:obliterate', {}))).toBe(
      'Unknown message type: annotation:obliterate',
    );
    expect(await route('page:load', onPage(VICTIM), setupRouter().env)).toEqual({
      ok: false,
      error: 'Message is not an object.',
    });
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('refuses other extensions and senders it cannot place', async () => {
    const { send } = setupRouter();
    expect(
      errorOf(
        await send({ id: 'other-extension', url: VICTIM, tabId: 1 }, 'page:load', {
          url: VICTIM,
          canonicalUrl: null,
          instance: 'i1',
        }),
      ),
    ).toBe('page:load is not allowed from an unknown sender.');
    expect(errorOf(await send({ id: OWN_ID, url: VICTIM }, 'annotation:delete', { id: 'x' }))).toBe(
      'annotation:delete is not allowed from an unknown sender.',
    );
  });

  it('refuses entity:merge, entity:rename, imports and "delete everything" from a content script', async () => {
    const { db, send, notified } = setupRouter();
    await seedVictim(db);
    await db.entities.add(entity('person', 'W. Jun', 'w jun', { id: 'wang2' }));
    const before = await snapshot(db);
    const page = onPage(VICTIM);
    expect(errorOf(await send(page, 'entity:merge', { sourceId: 'wang2', targetId: 'wang' }))).toBe(
      'entity:merge is not allowed from content.',
    );
    expect(errorOf(await send(page, 'entity:rename', { id: 'wang', name: 'Pwned' }))).toBe(
      'entity:rename is not allowed from content.',
    );
    expect(errorOf(await send(page, 'library:clear', {}))).toBe(
      'library:clear is not allowed from content.',
    );
    expect(errorOf(await send(page, 'library:import-commit', { importId: 'x' }))).toBe(
      'library:import-commit is not allowed from content.',
    );
    expect(
      errorOf(
        await send(page, 'suggestion:dismiss', {
          article: articleInput(VICTIM),
          key: 'k',
          dismissed: true,
        }),
      ),
    ).toBe('suggestion:dismiss is not allowed from content.');
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('validates imported records like a file', async () => {
    const { send } = setupRouter();
    const chunk = { articles: [], annotations: [{ id: 'bad' }], entities: [] };
    expect(
      errorOf(await send(LIBRARY, 'library:import-chunk', { importId: 'imp-2', chunk })),
    ).toMatch(/Invalid library:import-chunk message: chunk\.annotations\.0/);
  });

  it("reports a handler's failure as the reply", async () => {
    const { send } = setupRouter();
    expect(await send(LIBRARY, 'entity:merge', { sourceId: 'a', targetId: 'a' })).toEqual({
      ok: false,
      error: 'An entity cannot be merged into itself.',
    });
    expect(await send(POPUP, 'annotation:update', { id: 'gone', patch: { note: 'x' } })).toEqual({
      ok: false,
      error: 'This annotation no longer exists.',
    });
  });

  it('page:load is for content scripts only', async () => {
    const { send } = setupRouter();
    expect(
      errorOf(await send(POPUP, 'page:load', { url: VICTIM, canonicalUrl: null, instance: 'i1' })),
    ).toBe('page:load is not allowed from extension.');
  });
});
