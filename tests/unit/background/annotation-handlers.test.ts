// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleInput, draft, snapshot } from '../helpers/db';
import { toMark, type Annotation } from '../../../utils/model';
import {
  EVIL,
  POPUP,
  VICTIM,
  errorOf,
  onPage,
  seedVictim,
  setupRouter,
} from '../helpers/router-env';

describe('route: a content script touches only its own origin', () => {
  it('creates an annotation on its own page, saving the article, and notifies the other pages of that article', async () => {
    const { db, send, notified, notifiedExcept } = setupRouter();
    const d = draft(VICTIM, { id: 'new-1', type: 'organization', quote: "Worker's Daily" });
    const reply = await send<{ annotation: Annotation }>(
      onPage(`${VICTIM}?utm_source=x`),
      'annotation:create',
      { draft: d, article: articleInput(VICTIM) },
    );
    expect(reply.ok).toBe(true);
    expect(await db.annotations.get('new-1')).toMatchObject({
      articleUrl: VICTIM,
      type: 'organization',
    });
    expect((await db.entities.toArray()).map((e) => e.name)).toEqual(["Worker's Daily"]);
    expect((await db.articles.get(VICTIM))?.title).toBe(`Article at ${VICTIM}`);
    expect(notified).toEqual([VICTIM]);
    // No echo: the frame that made the annotation already paints it.
    expect(notifiedExcept).toEqual(['7:0']);
  });

  it('refuses to create on another origin, or with an article of another URL', async () => {
    const { db, send, notified } = setupRouter();
    expect(errorOf(await send(onPage(EVIL), 'annotation:create', { draft: draft(VICTIM) }))).toBe(
      'A page may only touch its own annotations.',
    );
    expect(
      errorOf(
        await send(onPage(VICTIM), 'annotation:create', {
          draft: draft(VICTIM),
          article: articleInput(`${VICTIM}-other`),
        }),
      ),
    ).toBe('The annotation and its article disagree on the URL.');
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    expect(notified).toEqual([]);
  });

  it('a page can neither change, delete nor restore annotations, not even its own: that is for extension pages', async () => {
    const { db, send, notified } = setupRouter();
    const { secret } = await seedVictim(db);
    const before = await snapshot(db);
    const page = onPage(VICTIM);
    expect(
      errorOf(await send(page, 'annotation:update', { id: 'v-note', patch: { note: 'Edited' } })),
    ).toBe('annotation:update is not allowed from content.');
    expect(errorOf(await send(page, 'annotation:delete', { id: 'v-wang' }))).toBe(
      'annotation:delete is not allowed from content.',
    );
    expect(
      errorOf(
        await send(page, 'annotation:restore', { annotation: { ...secret, note: 'forged' } }),
      ),
    ).toBe('annotation:restore is not allowed from content.');
    expect(errorOf(await send(page, 'article:get', { urls: [VICTIM] }))).toBe(
      'article:get is not allowed from content.',
    );
    expect(errorOf(await send(page, 'article:save', { article: articleInput(VICTIM) }))).toBe(
      'article:save is not allowed from content.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('a page cannot leave a note when it creates an annotation', async () => {
    const { db, send } = setupRouter();
    expect(
      errorOf(
        await send(onPage(VICTIM), 'annotation:create', {
          draft: draft(VICTIM, { note: 'forged note' }),
        }),
      ),
    ).toBe('A page cannot write notes.');
    expect(await db.annotations.count()).toBe(0);
  });

  it('creating from a page answers with the mark only: nothing about the entity it linked to', async () => {
    const { db, send } = setupRouter();
    await seedVictim(db);
    const d = draft(VICTIM, { id: 'w2', type: 'person', quote: 'wang jun' });
    const reply = await send(onPage(VICTIM), 'annotation:create', {
      draft: d,
      entityName: 'wang jun',
    });
    expect(reply).toEqual({ ok: true, value: toMark(d) });
    expect((await db.annotations.get('w2'))?.entityId).toBe('wang');
  });

  it('the popup deletes and restores exactly, and every page of the article hears it', async () => {
    const { db, send, notified, notifiedExcept } = setupRouter();
    const { secret } = await seedVictim(db);
    const before = await snapshot(db);
    await send(POPUP, 'annotation:delete', { id: secret.id });
    expect(await send(POPUP, 'annotation:restore', { annotation: secret })).toEqual({
      ok: true,
      value: secret,
    });
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([VICTIM, VICTIM]);
    expect(notifiedExcept).toEqual([null, null]);
  });

  it('"Attach here" moves an annotation to new text, keeping its id, note and entity; pages may not ask', async () => {
    const { db, send, notified } = setupRouter();
    const { secret } = await seedVictim(db);
    const quote = {
      type: 'TextQuoteSelector',
      exact: 'built 16 bases',
      prefix: 'has ',
      suffix: '.',
    };
    const selectors = [quote, { type: 'TextPositionSelector', start: 40, end: 54 }];
    expect(
      errorOf(await send(onPage(VICTIM), 'annotation:reattach', { id: secret.id, selectors })),
    ).toBe('annotation:reattach is not allowed from content.');
    expect(notified).toEqual([]);
    const reply = await send<Annotation>(POPUP, 'annotation:reattach', {
      id: secret.id,
      selectors,
    });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value).toMatchObject({
      id: secret.id,
      note: secret.note,
      quote: 'built 16 bases',
      prefix: 'has ',
      suffix: '.',
      selectors,
    });
    expect(await db.annotations.get(secret.id)).toEqual(reply.value);
    expect(notified).toEqual([VICTIM]);
    expect(errorOf(await send(POPUP, 'annotation:reattach', { id: 'gone', selectors }))).toBe(
      'This annotation no longer exists.',
    );
  });

  it('an extension page may touch any article', async () => {
    const { db, send } = setupRouter();
    await seedVictim(db);
    expect(
      await send(POPUP, 'annotation:update', { id: 'v-note', patch: { note: 'from the popup' } }),
    ).toMatchObject({ ok: true });
    expect(await send(POPUP, 'article:get', { urls: [VICTIM] })).toMatchObject({
      ok: true,
      value: { url: VICTIM },
    });
    expect(await send(POPUP, 'article:get', { urls: ['https://unknown.example/'] })).toEqual({
      ok: true,
      value: null,
    });
  });
});
