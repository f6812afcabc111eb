// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation, articleInput, draft, snapshot } from '../helpers/db';
import { toMark } from '../../../utils/model';
import { readSeedHtml } from '../helpers/corpus';
import {
  EVIL,
  POPUP,
  VICTIM,
  VICTIM_CANON,
  errorOf,
  onPage,
  seedVictim,
  setupRouter,
} from '../helpers/router-env';

describe('route: page:load', () => {
  it('gives a page the marks it paints, and nothing the reader wrote', async () => {
    const { db, send, superseded } = setupRouter();
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
    const { db, send, shown } = setupRouter();
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
    const { send } = setupRouter();
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
    const { db, send } = setupRouter();
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
    const { db, send } = setupRouter();
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
});

describe("route: the article is extracted off the page, and completes the first annotation's placeholder", () => {
  const html = readSeedHtml();
  const TITLE =
    'Shaanxi model workers helped launch the action of developing new quality productivity';

  it('a page has its own HTML parsed; nothing is stored', async () => {
    const { db, send, notified } = setupRouter();
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
    const { send } = setupRouter();
    expect(errorOf(await send(onPage(EVIL), 'article:extract', { url: VICTIM, html }))).toBe(
      'A page may only touch its own annotations.',
    );
    expect(errorOf(await send(POPUP, 'article:extract', { url: VICTIM, html }))).toBe(
      'article:extract is not allowed from extension.',
    );
  });

  it('the first annotation saves a placeholder at once; the extraction completes it, once', async () => {
    const { db, send } = setupRouter();
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
    const { db, send } = setupRouter();
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
