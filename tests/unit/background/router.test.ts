// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, article, articleInput, draft, entity, freshDb, snapshot } from '../helpers/db';
import { route } from '../../../entrypoints/background/router';
import type { SenderFacts } from '../../../utils/protocol/sender';
import type { Reply } from '../../../utils/protocol/envelope';
import type { GlossDatabase } from '../../../utils/store/db';
import { toMark, type Annotation } from '../../../utils/model';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticleFromHtml } from '../../../utils/page/article-from-html';
import { readSeedHtml } from '../helpers/corpus';
import { ORIGIN, OWN_ID, routerEnv, sendWith } from '../helpers/router-env';
const VICTIM = 'https://victim-news.example/2024/05/story';
const VICTIM_CANON = 'https://victim-news.example/story';
const EVIL = 'https://evil.example/copy-of-story';

const POPUP: SenderFacts = { id: OWN_ID, url: `${ORIGIN}popup.html` };
const LIBRARY: SenderFacts = { id: OWN_ID, url: `${ORIGIN}library.html` };
const onPage = (url: string, tabId = 7): SenderFacts => ({ id: OWN_ID, url, tabId });

function setup() {
  const db = freshDb();
  const notified: (string | undefined)[] = [];
  const notifiedExcept: (string | null)[] = [];
  const shown: string[] = [];
  const superseded: string[] = [];
  const env = routerEnv(db, {
    notify: (url, except) => {
      notified.push(url);
      notifiedExcept.push(except ? `${except.tabId}:${except.frameId}` : null);
    },
    showing: (frame, urls) => shown.push(`${frame.tabId}:${frame.frameId} ${urls.join(' ')}`),
    supersede: (tabId, frameId, instance) => superseded.push(`${tabId}:${frameId}:${instance}`),
    // What the offscreen document (Firefox: the background page) runs, with jsdom's DOMParser.
    extract: async (html, url) =>
      extractArticleFromHtml(
        html,
        url,
        new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser(),
      ),
    // pageText keeps its default: no page answers with its text here (article-changes.test.ts has one).
  });
  const send = sendWith(env);
  return { db, env, notified, notifiedExcept, shown, send, superseded };
}

/** The victim's article, annotated by the reader: a note, a person and a claim. */
async function seedVictim(db: GlossDatabase) {
  const wang = entity('person', 'Wang Jun', 'wang jun', { id: 'wang' });
  await db.entities.add(wang);
  await db.articles.add(article(VICTIM, { canonicalUrl: VICTIM_CANON, title: 'The victim story' }));
  const secret = annotation(VICTIM, { id: 'v-note', note: 'My private doubts about this source' });
  const mention = annotation(VICTIM, {
    id: 'v-wang',
    type: 'person',
    entityId: 'wang',
    quote: 'Wang Jun',
  });
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
    expect(await route('page:load', onPage(VICTIM), setup().env)).toEqual({
      ok: false,
      error: 'Message is not an object.',
    });
    expect(await snapshot(db)).toEqual(before);
    expect(notified).toEqual([]);
  });

  it('refuses other extensions and senders it cannot place', async () => {
    const { send } = setup();
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
    const { db, send, notified } = setup();
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

  it('lets the library merge and rename entities; pages hold no names, so none is told', async () => {
    const { db, send, notified } = setup();
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
    const { db, send, notified } = setup();
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

  it('validates imported records like a file', async () => {
    const { send } = setup();
    const chunk = { articles: [], annotations: [{ id: 'bad' }], entities: [] };
    expect(
      errorOf(await send(LIBRARY, 'library:import-chunk', { importId: 'imp-2', chunk })),
    ).toMatch(/Invalid library:import-chunk message: chunk\.annotations\.0/);
  });

  it('deletes everything for the library, and tells every page', async () => {
    const { db, send, notified } = setup();
    await seedVictim(db);
    expect(await send(LIBRARY, 'library:clear', {})).toEqual({ ok: true, value: null });
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    expect(notified).toEqual([undefined]);
  });

  it("reports a handler's failure as the reply", async () => {
    const { send } = setup();
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
    const { send } = setup();
    expect(
      errorOf(await send(POPUP, 'page:load', { url: VICTIM, canonicalUrl: null, instance: 'i1' })),
    ).toBe('page:load is not allowed from extension.');
  });
});

describe('route: a content script touches only its own origin', () => {
  it('creates an annotation on its own page, saving the article, and notifies the other pages of that article', async () => {
    const { db, send, notified, notifiedExcept } = setup();
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
    const { db, send, notified } = setup();
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
    const { db, send, notified } = setup();
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
    const { db, send } = setup();
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
    const { db, send } = setup();
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
    const { db, send, notified, notifiedExcept } = setup();
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
    const { db, send, notified } = setup();
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
    const { db, send } = setup();
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

describe('route: page:load', () => {
  it('gives a page the marks it paints, and nothing the reader wrote', async () => {
    const { db, send, superseded } = setup();
    const { secret, mention } = await seedVictim(db);
    const verdict = annotation(VICTIM, {
      id: 'v-claim',
      type: 'claim',
      claim: {
        status: 'false',
        evidenceUrl: 'https://evidence.example/',
        note: 'My verdict reasoning',
        claimantId: 'wang',
      },
    });
    await db.annotations.add(verdict);
    const reply = await send(onPage(VICTIM), 'page:load', {
      url: VICTIM,
      canonicalUrl: null,
      instance: 'i1',
    });
    expect(reply).toEqual({
      ok: true,
      value: {
        articleUrl: VICTIM,
        marks: [toMark(verdict), toMark(secret), toMark(mention)],
        // The status alone, for the closed status layer; no verdict note, evidence or claimant.
        claimStatuses: { 'v-claim': 'false' },
      },
    });
    const sent = JSON.stringify(reply);
    for (const secret of [
      'My private doubts',
      'My verdict reasoning',
      'evidence.example',
      '"note"',
      '"entityId"',
      '"claim":',
      '"claimantId"',
      '"name"',
    ])
      expect(sent).not.toContain(secret);
    // The copy of the content script that asked is named to its frame, so older copies end.
    expect(superseded).toEqual(['7:0:i1']);
  });

  it('finds the article and its annotations under its canonical URL on the same host', async () => {
    const { db, send, shown } = setup();
    await seedVictim(db);
    const amp = 'https://victim-news.example/amp/story';
    const reply = await send<{ articleUrl: string; marks: { id: string }[] }>(
      onPage(amp),
      'page:load',
      { url: amp, canonicalUrl: VICTIM_CANON, instance: 'i1' },
    );
    expect(reply).toMatchObject({ ok: true, value: { articleUrl: VICTIM } });
    expect(reply.ok && reply.value.marks.map((a) => a.id).sort()).toEqual(['v-note', 'v-wang']);
    // The frame is registered under every article it shows, so a change to the stored one reaches it.
    expect(shown).toEqual([`7:0 ${amp} ${VICTIM_CANON} ${VICTIM}`]);
  });

  it('a page reports its anchor states only about its own site', async () => {
    const { send } = setup();
    expect(
      await send(onPage(VICTIM), 'page:anchors', {
        url: VICTIM,
        anchors: { 'v-note': 'orphaned' },
      }),
    ).toEqual({ ok: true, value: null });
    expect(errorOf(await send(onPage(EVIL), 'page:anchors', { url: VICTIM, anchors: {} }))).toBe(
      'A page may only touch its own annotations.',
    );
    expect(
      errorOf(
        await send(onPage(VICTIM), 'page:anchors', {
          url: VICTIM,
          anchors: { 'v-note': 'painted' },
        }),
      ),
    ).toMatch(/Invalid page:anchors message/);
  });

  it("a hostile page claiming another site's canonical URL gets none of that site's annotations", async () => {
    const { db, send } = setup();
    await seedVictim(db);
    for (const canonicalUrl of [
      VICTIM_CANON,
      VICTIM,
      'https://www.victim-news.example/story',
      '//victim-news.example/story',
    ]) {
      const reply = await send(onPage(EVIL), 'page:load', {
        url: EVIL,
        canonicalUrl,
        instance: 'i1',
      });
      expect(reply).toEqual({
        ok: true,
        value: { articleUrl: EVIL, marks: [], claimStatuses: {} },
      });
    }
    // Nor by naming the victim's URL as its own.
    expect(
      errorOf(
        await send(onPage(EVIL), 'page:load', { url: VICTIM, canonicalUrl: null, instance: 'i1' }),
      ),
    ).toBe('A page may only touch its own annotations.');
  });

  it("a hostile page cannot store another site's canonical URL to take over that site's article", async () => {
    const { db, send } = setup();
    const evil = onPage(EVIL);
    await send(evil, 'annotation:create', {
      draft: draft(EVIL, { id: 'evil-1' }),
      article: articleInput(EVIL, { canonicalUrl: VICTIM }),
    });
    expect((await db.articles.get(EVIL))?.canonicalUrl).toBeNull();

    // The reader then opens the real story, not annotated yet: it must stay the victim's own page.
    const reply = await send(onPage(VICTIM), 'page:load', {
      url: VICTIM,
      canonicalUrl: null,
      instance: 'i1',
    });
    expect(reply).toEqual({
      ok: true,
      value: { articleUrl: VICTIM, marks: [], claimStatuses: {} },
    });
    expect(
      await send(onPage(VICTIM), 'annotation:create', { draft: draft(VICTIM, { id: 'v-1' }) }),
    ).toMatchObject({ ok: true });
  });

  it("the popup's suggestion:dismiss stores no foreign canonical URL either", async () => {
    const { db, send } = setup();
    const reply = await send(POPUP, 'suggestion:dismiss', {
      article: articleInput(EVIL, { canonicalUrl: VICTIM }),
      key: 'person:x',
      dismissed: true,
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { url: EVIL, canonicalUrl: null, dismissedSuggestions: ['person:x'] },
    });
    expect((await db.articles.get(EVIL))?.canonicalUrl).toBeNull();
  });

  it('keeps a same-host canonical URL, normalized', async () => {
    const { db, send } = setup();
    await send(POPUP, 'article:save', {
      article: articleInput(VICTIM, { canonicalUrl: `${VICTIM_CANON}?utm_source=feed` }),
    });
    expect((await db.articles.get(VICTIM))?.canonicalUrl).toBe(VICTIM_CANON);
  });
});

describe('route: the framed card', () => {
  const cardIn = (tabId: number): SenderFacts => ({
    id: OWN_ID,
    url: `${ORIGIN}card.html`,
    tabId,
    frameId: 3,
  });

  it('opens for a token the page asked for, once, in the same tab, under the same page', async () => {
    const { db, send } = setup();
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
    const { db, send } = setup();
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
    const { send } = setup();
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

describe("route: the article is extracted off the page, and completes the first annotation's placeholder", () => {
  const html = readSeedHtml();
  const TITLE =
    'Shaanxi model workers helped launch the action of developing new quality productivity';

  it('a page has its own HTML parsed; nothing is stored', async () => {
    const { db, send, notified } = setup();
    const reply = await send<{ title: string; byline: string; text: string; url: string }>(
      onPage(`${VICTIM}#top`),
      'article:extract',
      { url: VICTIM, html },
    );
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value).toMatchObject({ url: VICTIM, title: TITLE, byline: 'Mao Rongxi' });
    expect(reply.value.text).toContain('the launching ceremony');
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    expect(notified).toEqual([]);
  });

  it("a page cannot have another site's URL put on its HTML, and extension pages do not ask", async () => {
    const { send } = setup();
    expect(errorOf(await send(onPage(EVIL), 'article:extract', { url: VICTIM, html }))).toBe(
      'A page may only touch its own annotations.',
    );
    expect(errorOf(await send(POPUP, 'article:extract', { url: VICTIM, html }))).toBe(
      'article:extract is not allowed from extension.',
    );
  });

  it('the first annotation saves a placeholder at once; the extraction completes it, once', async () => {
    const { db, send } = setup();
    await send(onPage(VICTIM), 'annotation:create', { draft: draft(VICTIM, { id: 'first' }) });
    const placeholder = (await db.articles.get(VICTIM))!;
    expect(placeholder).toMatchObject({ title: VICTIM, textHash: null });
    await db.articles.update(VICTIM, { dismissedSuggestions: ['person:x'] });

    const found = await send<Record<string, unknown>>(onPage(VICTIM), 'article:extract', {
      url: VICTIM,
      html,
    });
    if (!found.ok) throw new Error(found.error);
    const { text: _text, ...input } = found.value;
    expect(await send(onPage(VICTIM), 'article:complete', { article: input })).toEqual({
      ok: true,
      value: true,
    });
    const completed = (await db.articles.get(VICTIM))!;
    expect(completed).toMatchObject({
      title: TITLE,
      byline: 'Mao Rongxi',
      savedAt: placeholder.savedAt,
      dismissedSuggestions: ['person:x'],
    });
    expect(completed.textHash).toMatch(/\S/);

    // A completed record is the page's no longer: a second completion changes nothing.
    expect(
      await send(onPage(VICTIM), 'article:complete', {
        article: { ...input, title: 'Rewritten by the page' },
      }),
    ).toEqual({ ok: true, value: false });
    expect((await db.articles.get(VICTIM))!.title).toBe(TITLE);
  });

  it("completion never creates a record, nor touches another site's", async () => {
    const { db, send } = setup();
    expect(
      await send(onPage(VICTIM), 'article:complete', { article: articleInput(VICTIM) }),
    ).toEqual({ ok: true, value: false });
    expect(await snapshot(db)).toEqual({ articles: [], annotations: [], entities: [] });
    await send(onPage(VICTIM), 'annotation:create', { draft: draft(VICTIM) });
    expect(
      errorOf(await send(onPage(EVIL), 'article:complete', { article: articleInput(VICTIM) })),
    ).toBe('A page may only touch its own annotations.');
    expect(errorOf(await send(POPUP, 'article:complete', { article: articleInput(VICTIM) }))).toBe(
      'article:complete is not allowed from extension.',
    );
    expect((await db.articles.get(VICTIM))!.title).toBe(VICTIM);
  });
});
