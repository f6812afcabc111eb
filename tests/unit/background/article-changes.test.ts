// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleInput, draft, freshDb } from '../helpers/db';
import type { SenderFacts } from '../../../utils/protocol/sender';
import type { ArticleRevision } from '../../../utils/protocol/page-shapes';
import type { Reply } from '../../../utils/protocol/envelope';
import { articleChanges } from '../../../utils/page/article-changes';
import { hashText } from '../../../utils/page/text-hash';
import { SEED_URL, seedParagraphs } from '../page/seed-paragraphs';
import { ORIGIN, OWN_ID, routerEnv, sendWith } from '../helpers/router-env';
const POPUP: SenderFacts = { id: OWN_ID, url: `${ORIGIN}popup.html` };
const LIBRARY: SenderFacts = { id: OWN_ID, url: `${ORIGIN}library.html` };
const TAB = 7;
const PAGE: SenderFacts = { id: OWN_ID, url: SEED_URL, tabId: TAB, frameId: 0 };

const BEFORE = seedParagraphs();
const AFTER = BEFORE.map((p) => p.replace('built 18 national', 'built 16 national-level'));
const CLAIM = 'Baoji has built 18 national intelligent manufacturing enterprises';

/** What a content script answers to content:article-text for an article of these paragraphs. */
function articleText(paragraphs: string[]) {
  const breaks: number[] = [];
  paragraphs.reduce((at, p) => (breaks.push(at), at + p.length + 1), 0);
  const text = paragraphs.join(' ');
  return { url: SEED_URL, canonicalUrl: null, text, breaks: breaks.slice(1), lang: 'en' };
}

/** The background with a tab whose content script answers with `shown`'s text (or fails). */
function setup() {
  const db = freshDb();
  const state = { shown: BEFORE as string[] | 'gone', on: true, asked: [] as string[] };
  const env = routerEnv(db, {
    pageText: async ({ tabId, frameId }) => {
      state.asked.push(`${tabId}:${frameId}`);
      if (state.shown === 'gone') throw new Error('Could not establish connection.');
      return articleText(state.shown);
    },
    snapshotsOn: async () => state.on,
  });
  const send = sendWith(env);
  const annotate = (withArticle = true) =>
    send(PAGE, 'annotation:create', {
      draft: draft(SEED_URL, { type: 'claim', quote: CLAIM, prefix: 'in recent years, ' }),
      article: withArticle
        ? articleInput(SEED_URL, { textHash: hashText(BEFORE.join(' ')) })
        : undefined,
    });
  return { db, state, send, annotate };
}

const valueOf = <T>(reply: Reply<T>): T => {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

describe('snapshots, kept by the background', () => {
  it("keeps the article's paragraphs when its first annotation is saved, from the reader's frame", async () => {
    const { db, state, annotate } = setup();
    valueOf(await annotate());
    const kept = await db.snapshots.get(SEED_URL);
    expect(kept?.paragraphs).toEqual(BEFORE);
    expect(kept?.textHash).toBe(hashText(BEFORE.join(' ')));
    expect(state.asked).toEqual([`${TAB}:0`]);
    // A second annotation keeps the first text, and does not ask the page again.
    valueOf(await annotate());
    expect(state.asked).toHaveLength(1);
  });

  it('keeps it when extraction completes a placeholder article (article:complete)', async () => {
    const { db, send, annotate } = setup();
    valueOf(await annotate(false));
    expect(await db.snapshots.count()).toBe(0);
    const article = articleInput(SEED_URL, { title: 'Seed', textHash: hashText(BEFORE.join(' ')) });
    expect(valueOf(await send(PAGE, 'article:complete', { article }))).toBe(true);
    expect((await db.snapshots.get(SEED_URL))?.paragraphs).toEqual(BEFORE);
  });

  it('keeps none when snapshots are off, when the page already shows another text, or does not answer', async () => {
    for (const arrange of [
      (s: ReturnType<typeof setup>['state']) => (s.on = false),
      (s: ReturnType<typeof setup>['state']) => (s.shown = AFTER),
      (s: ReturnType<typeof setup>['state']) => (s.shown = 'gone'),
    ]) {
      const { db, state, annotate } = setup();
      arrange(state);
      // The annotation is saved all the same.
      expect(valueOf(await annotate())).toMatchObject({ type: 'claim' });
      expect(await db.annotations.count()).toBe(1);
      expect(await db.snapshots.count()).toBe(0);
    }
  });
});

describe('article:changes', () => {
  it('gives an extension page the article then and now, with its annotations, for the diff', async () => {
    const { db, state, send, annotate } = setup();
    valueOf(await annotate());
    state.shown = AFTER;
    const revision = valueOf(await send<ArticleRevision>(POPUP, 'article:changes', { tabId: TAB }));
    expect(revision.snapshot).toEqual(await db.snapshots.get(SEED_URL));
    expect(revision.paragraphs).toEqual(AFTER);
    expect(revision.annotations.map((a) => a.quote)).toEqual([CLAIM]);
    // What the page makes of it (hooks/use-article-changes.ts): the claim's changed number first.
    const changes = articleChanges(revision.snapshot, revision.paragraphs, revision.annotations)!;
    expect(changes.annotations[0]).toMatchObject({
      type: 'claim',
      then: CLAIM,
      numbers: { before: ['18'], after: ['16'] },
    });
  });

  it('is null when the text is as annotated, when snapshots are off, or when the tab has no article', async () => {
    const { state, send, annotate } = setup();
    valueOf(await annotate());
    expect(valueOf(await send(POPUP, 'article:changes', { tabId: TAB }))).toBeNull();
    state.shown = AFTER;
    state.on = false;
    expect(valueOf(await send(POPUP, 'article:changes', { tabId: TAB }))).toBeNull();
    state.on = true;
    state.shown = 'gone';
    expect(valueOf(await send(POPUP, 'article:changes', { tabId: TAB }))).toBeNull();
  });

  it('is for extension pages only: the answer holds what the reader annotated', async () => {
    const { send } = setup();
    expect(await send(PAGE, 'article:changes', { tabId: TAB })).toEqual({
      ok: false,
      error: 'article:changes is not allowed from content.',
    });
  });
});

describe('snapshots:clear', () => {
  it('deletes the snapshots for the library, and never for a page', async () => {
    const { db, send, annotate } = setup();
    valueOf(await annotate());
    expect(await send(PAGE, 'snapshots:clear', {})).toMatchObject({ ok: false });
    expect(await db.snapshots.count()).toBe(1);
    expect(valueOf(await send(LIBRARY, 'snapshots:clear', {}))).toBe(1);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.annotations.count()).toBe(1);
  });
});
