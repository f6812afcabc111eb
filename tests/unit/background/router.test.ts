// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, article, articleInput, draft, entity, freshDb, snapshot } from '../helpers/db';
import { route, type RouterEnv } from '../../../entrypoints/background/router';
import type { SenderFacts } from '../../../utils/sender';
import type { Reply } from '../../../utils/messages';
import type { GlossDatabase } from '../../../utils/db';
import type { Annotation } from '../../../utils/model';

const OWN_ID = 'glossextensionidglossextensionid';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const VICTIM = 'https://victim-news.example/2024/05/story';
const VICTIM_CANON = 'https://victim-news.example/story';
const EVIL = 'https://evil.example/copy-of-story';

const POPUP: SenderFacts = { id: OWN_ID, url: `${ORIGIN}popup.html` };
const LIBRARY: SenderFacts = { id: OWN_ID, url: `${ORIGIN}library.html` };
const onPage = (url: string, tabId = 7): SenderFacts => ({ id: OWN_ID, url, tabId });

function setup() {
  const db = freshDb();
  const notified: (string | undefined)[] = [];
  const env: RouterEnv = { db, ownId: OWN_ID, extensionOrigin: ORIGIN, notify: (url) => notified.push(url) };
  const send = <T = unknown>(sender: SenderFacts, type: string, payload: unknown) => route({ type, payload }, sender, env) as Promise<Reply<T>>;
  return { db, env, notified, send };
}

/** The victim's article, annotated by the reader: a note, a person and a claim. */
async function seedVictim(db: GlossDatabase) {
  const wang = entity('person', 'Wang Jun', 'wang jun', { id: 'wang' });
  await db.entities.add(wang);
  await db.articles.add(article(VICTIM, { canonicalUrl: VICTIM_CANON, title: 'The victim story' }));
  const secret = annotation(VICTIM, { id: 'v-note', note: 'My private doubts about this source' });
  const mention = annotation(VICTIM, { id: 'v-wang', type: 'person', entityId: 'wang', quote: 'Wang Jun' });
  await db.annotations.bulkAdd([secret, mention]);
  return { secret, mention, wang };
}

const errorOf = (reply: Reply<unknown>) => {
  if (reply.ok) throw new Error(`expected a refusal, got ${JSON.stringify(reply.value)}`);
  return reply.error;
};

describe('route: validation and senders', () => {
  it('answers an invalid message with a clear error and touches nothing', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    const before = await snapshot(db);
    expect(errorOf(await send(onPage(VICTIM), 'annotation:create', { draft: { ...draft(VICTIM), type: 'gossip' } }))).toMatch(
      /^Invalid annotation:create message: draft\.type: /,
    );
    expect(errorOf(await send(POPUP, 'annotation:obliterate', {}))).toBe('Unknown message type: annotation:obliterate');
    expect(await route('page:load', onPage(VICTIM), setup().env)).toEqual({ ok: false, error: 'Message is not an object.' });
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('refuses other extensions and senders it cannot place', async () => {
    const { send } = setup();
    expect(errorOf(await send({ id: 'other-extension', url: VICTIM, tabId: 1 }, 'page:load', { url: VICTIM, canonicalUrl: null }))).toBe(
      'page:load is not allowed from an unknown sender.',
    );
    expect(errorOf(await send({ id: OWN_ID, url: VICTIM }, 'annotation:delete', { id: 'x' }))).toBe('annotation:delete is not allowed from an unknown sender.');
  });

  it('refuses entity:merge, entity:rename and data:changed from a content script', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    await db.entities.add(entity('person', 'W. Jun', 'w jun', { id: 'wang2' }));
    const before = await snapshot(db);
    const page = onPage(VICTIM);
    expect(errorOf(await send(page, 'entity:merge', { sourceId: 'wang2', targetId: 'wang' }))).toBe('entity:merge is not allowed from content.');
    expect(errorOf(await send(page, 'entity:rename', { id: 'wang', name: 'Pwned' }))).toBe('entity:rename is not allowed from content.');
    expect(errorOf(await send(page, 'data:changed', {}))).toBe('data:changed is not allowed from content.');
    expect(errorOf(await send(page, 'suggestion:dismiss', { article: articleInput(VICTIM), key: 'k', dismissed: true }))).toBe(
      'suggestion:dismiss is not allowed from content.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('lets the library merge and rename entities, and tells every tab', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    await db.entities.add(entity('person', 'W. Jun', 'w jun', { id: 'wang2' }));
    const merged = await send(LIBRARY, 'entity:merge', { sourceId: 'wang2', targetId: 'wang' });
    expect(merged).toMatchObject({ ok: true, value: { id: 'wang', aliases: ['W. Jun'] } });
    const renamed = await send(LIBRARY, 'entity:rename', { id: 'wang', name: 'Wang Jun (SFTU)' });
    expect(renamed).toMatchObject({ ok: true, value: { id: 'wang', name: 'Wang Jun (SFTU)' } });
    expect(await send(LIBRARY, 'data:changed', {})).toEqual({ ok: true, value: null });
    expect(notified).toEqual([undefined, undefined, undefined]);
    expect(await db.entities.get('wang2')).toBeUndefined();
  });

  it('reports a handler\'s failure as the reply', async () => {
    const { send } = setup();
    expect(await send(LIBRARY, 'entity:merge', { sourceId: 'a', targetId: 'a' })).toEqual({ ok: false, error: 'An entity cannot be merged into itself.' });
    expect(await send(POPUP, 'annotation:update', { id: 'gone', patch: { note: 'x' } })).toEqual({ ok: false, error: 'This annotation no longer exists.' });
  });

  it('page:load is for content scripts only', async () => {
    const { send } = setup();
    expect(errorOf(await send(POPUP, 'page:load', { url: VICTIM, canonicalUrl: null }))).toBe('page:load is not allowed from extension.');
  });
});

describe('route: a content script touches only its own origin', () => {
  it('creates an annotation on its own page, saving the article, and notifies with the article URL', async () => {
    const { db, send, notified } = setup();
    const d = draft(VICTIM, { id: 'new-1', type: 'organization', quote: "Worker's Daily" });
    const reply = await send<{ annotation: Annotation }>(onPage(`${VICTIM}?utm_source=x`), 'annotation:create', { draft: d, article: articleInput(VICTIM) });
    expect(reply.ok).toBe(true);
    expect(await db.annotations.get('new-1')).toMatchObject({ articleUrl: VICTIM, type: 'organization' });
    expect((await db.entities.toArray()).map((e) => e.name)).toEqual(["Worker's Daily"]);
    expect((await db.articles.get(VICTIM))?.title).toBe(`Article at ${VICTIM}`);
    expect(notified).toEqual([VICTIM]);
  });

  it('refuses to create on another origin, or with an article of another URL', async () => {
    const { db, send, notified } = setup();
    expect(errorOf(await send(onPage(EVIL), 'annotation:create', { draft: draft(VICTIM) }))).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(onPage(VICTIM), 'annotation:create', { draft: draft(VICTIM), article: articleInput(`${VICTIM}-other`) }))).toBe(
      'The annotation and its article disagree on the URL.',
    );
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    expect(notified).toEqual([]);
  });

  it('updates and deletes its own annotations', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    const updated = await send<Annotation>(onPage(VICTIM), 'annotation:update', { id: 'v-note', patch: { note: 'Edited', tags: ['x', 'x'] } });
    expect(updated).toMatchObject({ ok: true, value: { id: 'v-note', note: 'Edited', tags: ['x'] } });
    const deleted = await send<Annotation>(onPage(VICTIM), 'annotation:delete', { id: 'v-wang' });
    expect(deleted).toMatchObject({ ok: true, value: { id: 'v-wang' } });
    expect(await db.annotations.get('v-wang')).toBeUndefined();
    expect(notified).toEqual([VICTIM, VICTIM]);
  });

  it('cannot update, delete or read another origin\'s annotation or article', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    const before = await snapshot(db);
    const evil = onPage(EVIL);
    expect(errorOf(await send(evil, 'annotation:update', { id: 'v-note', patch: { note: 'defaced' } }))).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(evil, 'annotation:delete', { id: 'v-note' }))).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(evil, 'article:get', { urls: [EVIL, VICTIM] }))).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(evil, 'article:save', { article: articleInput(VICTIM) }))).toBe('A page may only touch its own annotations.');
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('cannot restore over another origin\'s annotation by reusing its id', async () => {
    const { db, send, notified } = setup();
    const { secret } = await seedVictim(db);
    const before = await snapshot(db);
    // Moving the victim's note onto the hostile page would let the next page:load there read it.
    const hijack = { ...secret, articleUrl: EVIL, note: 'overwritten' };
    expect(errorOf(await send(onPage(EVIL), 'annotation:restore', { annotation: hijack }))).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(onPage(EVIL), 'annotation:restore', { annotation: secret }))).toBe('A page may only touch its own annotations.');
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('restores its own deleted annotation exactly, and the popup may too', async () => {
    const { db, send, notified } = setup();
    const { secret } = await seedVictim(db);
    const before = await snapshot(db);
    await send(onPage(VICTIM), 'annotation:delete', { id: secret.id });
    expect(await send(onPage(VICTIM), 'annotation:restore', { annotation: secret })).toEqual({ ok: true, value: secret });
    expect(await snapshot(db)).toEqual(before);
    await send(POPUP, 'annotation:delete', { id: secret.id });
    expect(await send(POPUP, 'annotation:restore', { annotation: secret })).toEqual({ ok: true, value: secret });
    expect(notified).toEqual([VICTIM, VICTIM, VICTIM, VICTIM]);
  });

  it('an extension page may touch any article', async () => {
    const { db, send } = setup();
    await seedVictim(db);
    expect(await send(POPUP, 'annotation:update', { id: 'v-note', patch: { note: 'from the popup' } })).toMatchObject({ ok: true });
    expect(await send(POPUP, 'article:get', { urls: [VICTIM] })).toMatchObject({ ok: true, value: { url: VICTIM } });
    expect(await send(POPUP, 'article:get', { urls: ['https://unknown.example/'] })).toEqual({ ok: true, value: null });
  });
});

describe('route: page:load', () => {
  it('gives a page its annotations and their entities', async () => {
    const { db, send } = setup();
    const { secret, mention, wang } = await seedVictim(db);
    const reply = await send(onPage(VICTIM), 'page:load', { url: VICTIM, canonicalUrl: null });
    expect(reply).toEqual({
      ok: true,
      value: { articleUrl: VICTIM, article: await db.articles.get(VICTIM), annotations: [secret, mention], entities: [wang] },
    });
  });

  it('finds the article and its annotations under its canonical URL on the same host', async () => {
    const { db, send } = setup();
    await seedVictim(db);
    const amp = 'https://victim-news.example/amp/story';
    const reply = await send<{ articleUrl: string; annotations: Annotation[] }>(onPage(amp), 'page:load', { url: amp, canonicalUrl: VICTIM_CANON });
    expect(reply).toMatchObject({ ok: true, value: { articleUrl: VICTIM, article: { title: 'The victim story' } } });
    expect(reply.ok && reply.value.annotations.map((a) => a.id).sort()).toEqual(['v-note', 'v-wang']);
  });

  it('a hostile page claiming another site\'s canonical URL gets none of that site\'s annotations', async () => {
    const { db, send } = setup();
    await seedVictim(db);
    for (const canonicalUrl of [VICTIM_CANON, VICTIM, 'https://www.victim-news.example/story', '//victim-news.example/story']) {
      const reply = await send(onPage(EVIL), 'page:load', { url: EVIL, canonicalUrl });
      expect(reply).toEqual({ ok: true, value: { articleUrl: EVIL, article: null, annotations: [], entities: [] } });
    }
    // Nor by naming the victim's URL as its own.
    expect(errorOf(await send(onPage(EVIL), 'page:load', { url: VICTIM, canonicalUrl: null }))).toBe('A page may only touch its own annotations.');
  });

  it('a hostile page cannot store another site\'s canonical URL to take over that site\'s article', async () => {
    const { db, send } = setup();
    const evil = onPage(EVIL);
    const saved = await send(evil, 'article:save', { article: articleInput(EVIL, { canonicalUrl: VICTIM }) });
    expect(saved).toMatchObject({ ok: true, value: { url: EVIL, canonicalUrl: null } });
    await send(evil, 'annotation:create', { draft: draft(EVIL, { id: 'evil-1', note: 'planted' }), article: articleInput(EVIL, { canonicalUrl: VICTIM }) });
    expect((await db.articles.get(EVIL))?.canonicalUrl).toBeNull();

    // The reader then opens the real story, not annotated yet: it must stay the victim's own page.
    const reply = await send(onPage(VICTIM), 'page:load', { url: VICTIM, canonicalUrl: null });
    expect(reply).toEqual({ ok: true, value: { articleUrl: VICTIM, article: null, annotations: [], entities: [] } });
    expect(await send(onPage(VICTIM), 'annotation:create', { draft: draft(VICTIM, { id: 'v-1' }) })).toMatchObject({ ok: true });
  });

  it('the popup\'s suggestion:dismiss stores no foreign canonical URL either', async () => {
    const { db, send } = setup();
    const reply = await send(POPUP, 'suggestion:dismiss', { article: articleInput(EVIL, { canonicalUrl: VICTIM }), key: 'person:x', dismissed: true });
    expect(reply).toMatchObject({ ok: true, value: { url: EVIL, canonicalUrl: null, dismissedSuggestions: ['person:x'] } });
    expect((await db.articles.get(EVIL))?.canonicalUrl).toBeNull();
  });

  it('keeps a same-host canonical URL, normalized', async () => {
    const { db, send } = setup();
    await send(onPage(VICTIM), 'article:save', { article: articleInput(VICTIM, { canonicalUrl: `${VICTIM_CANON}?utm_source=feed` }) });
    expect((await db.articles.get(VICTIM))?.canonicalUrl).toBe(VICTIM_CANON);
  });
});
