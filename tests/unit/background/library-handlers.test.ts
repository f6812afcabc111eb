import { describe, expect, it } from 'vitest';
import { annotation, entity, freshDb, snapshot } from '../helpers/db';
import type { SenderFacts } from '../../../utils/protocol/sender';
import {
  ORIGIN,
  OWN_ID,
  errorOf,
  routerEnv,
  seedVictim,
  sendWith,
  setupRouter,
} from '../helpers/router-env';
const STORY = 'https://news.example/2024/05/story';
const LIBRARY: SenderFacts = { id: OWN_ID, url: `${ORIGIN}library.html` };
const PAGE: SenderFacts = { id: OWN_ID, url: STORY, tabId: 3 };

async function setup() {
  const db = freshDb();
  await db.entities.add(entity('person', 'Wang Jun', 'wang jun', { id: 'wang' }));
  await db.annotations.bulkAdd([
    annotation(STORY, { id: 'hl', tags: ['numbers'] }),
    annotation(STORY, {
      id: 'claim',
      type: 'claim',
      tags: ['numbers', 'Baoji'],
      claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
    }),
  ]);
  const notified: (string | undefined)[] = [];
  const send = sendWith(routerEnv(db, { notify: (url) => notified.push(url) }));
  return { db, send, notified };
}

describe("route: the library's tags and claimants", () => {
  it('renames a tag across the library for the library page', async () => {
    const { db, send, notified } = await setup();
    expect(await send(LIBRARY, 'tag:rename', { from: 'numbers', to: 'figures' })).toEqual({
      ok: true,
      value: { renamed: 2 },
    });
    expect((await db.annotations.get('claim'))!.tags).toEqual(['figures', 'Baoji']);
    // Pages paint marks, which carry no tags: no tab is told.
    expect(notified).toEqual([]);
  });

  it('attributes a claim to a typed name, creating the entity when the library has none', async () => {
    const { db, send } = await setup();
    const linked = await send(LIBRARY, 'claim:set-claimant', {
      id: 'claim',
      name: 'Wang Jun',
      type: 'person',
    });
    expect(linked).toMatchObject({
      ok: true,
      value: { annotation: { claim: { claimantId: 'wang' } }, claimant: { id: 'wang' } },
    });
    const created = await send(LIBRARY, 'claim:set-claimant', {
      id: 'claim',
      name: 'Shaanxi Statistics Bureau',
      type: 'organization',
    });
    expect(created).toMatchObject({ ok: true });
    const entities = await db.entities.toArray();
    expect(entities.map((e) => e.name).sort()).toEqual(['Shaanxi Statistics Bureau', 'Wang Jun']);
    const bureau = entities.find((e) => e.type === 'organization')!;
    expect((await db.annotations.get('claim'))!.claim?.claimantId).toBe(bureau.id);
  });

  it('refuses both from a content script, and a claimant for a highlight', async () => {
    const { db, send } = await setup();
    const before = await db.annotations.toArray();
    expect(await send(PAGE, 'tag:rename', { from: 'numbers', to: 'x' })).toEqual({
      ok: false,
      error: 'tag:rename is not allowed from content.',
    });
    expect(
      await send(PAGE, 'claim:set-claimant', { id: 'claim', name: 'Evil', type: 'person' }),
    ).toEqual({ ok: false, error: 'claim:set-claimant is not allowed from content.' });
    expect(
      await send(LIBRARY, 'claim:set-claimant', { id: 'hl', name: 'Wang Jun', type: 'person' }),
    ).toEqual({ ok: false, error: 'Only a claim has a claimant.' });
    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.entities.count()).toBe(1);
  });
});

describe('route: the library\'s names, imports and "delete everything"', () => {
  it('lets the library merge and rename entities; pages hold no names, so none is told', async () => {
    const { db, send, notified } = setupRouter();
    await seedVictim(db);
    await db.entities.add(entity('person', 'W. Jun', 'w jun', { id: 'wang2' }));
    const merged = await send(LIBRARY, 'entity:merge', { sourceId: 'wang2', targetId: 'wang' });
    expect(merged).toMatchObject({ ok: true, value: { id: 'wang', aliases: ['W. Jun'] } });
    const renamed = await send(LIBRARY, 'entity:rename', { id: 'wang', name: 'Wang Jun (SFTU)' });
    expect(renamed).toMatchObject({ ok: true, value: { id: 'wang', name: 'Wang Jun (SFTU)' } });
    expect(notified).toEqual([]);
    expect(await db.entities.get('wang2')).toBeUndefined();
  });

  it('imports in chunks written at commit, all or nothing, and then tells every page', async () => {
    const { db, send, notified } = setupRouter();
    const { secret } = await seedVictim(db);
    const before = await snapshot(db);
    const incoming = { ...secret, id: 'imported-1', note: 'from a file' };
    const chunk = { articles: [], annotations: [incoming], entities: [] };
    expect(await send(LIBRARY, 'library:import-chunk', { importId: 'imp-1', chunk })).toEqual({
      ok: true,
      value: { received: 1 },
    });
    // Nothing is written before the commit.
    expect(await snapshot(db)).toEqual(before);
    const committed = await send(LIBRARY, 'library:import-commit', { importId: 'imp-1' });
    expect(committed).toMatchObject({ ok: true, value: { put: { annotations: 1 } } });
    expect((await db.annotations.get('imported-1'))?.note).toBe('from a file');
    expect(notified).toEqual([undefined]);
    // A commit without its chunks (a second commit, a lost import) writes nothing and says so.
    expect(errorOf(await send(LIBRARY, 'library:import-commit', { importId: 'imp-1' }))).toMatch(
      /nothing was written/,
    );
  });

  it('deletes everything for the library, and tells every page', async () => {
    const { db, send, notified } = setupRouter();
    await seedVictim(db);
    expect(await send(LIBRARY, 'library:clear', {})).toEqual({ ok: true, value: null });
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    expect(notified).toEqual([undefined]);
  });
});
