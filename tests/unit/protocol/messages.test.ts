// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  articleTextReplySchema,
  backgroundMessages,
  contentMessages,
  parseEnvelope,
  type BackgroundMessageType,
  type ContentMessageType,
} from '../../../utils/protocol/messages';
import { annotation, articleInput, draft } from '../helpers/db';
import { loadDataset } from '../interchange/export/fixtures';
import { MAX_PAGE_HTML_CHARS } from '../../../utils/page/page-snapshot';

const PAGE = 'https://www.theguardian.com/world/2024/may/17/vote';
const dataset = loadDataset();

/** One realistic payload per message type, as the popup, library and content script send them. */
const BACKGROUND_PAYLOADS: Record<BackgroundMessageType, unknown> = {
  'page:load': { url: PAGE, canonicalUrl: null, instance: 'b6f0c1de-0000-4000-8000-000000000001' },
  'article:extract': {
    url: PAGE,
    html: '<html><head><title>Vote</title></head><body><p>Text</p></body></html>',
  },
  'article:complete': { article: articleInput(PAGE, { title: 'Vote', textHash: 'sha256-abc' }) },
  'article:get': { urls: [PAGE, 'https://www.theguardian.com/world/vote'] },
  'article:save': {
    article: articleInput(PAGE, {
      title: 'Vote',
      siteName: 'The Guardian',
      publishedTime: '2024-05-17T09:00:00Z',
      textHash: 'sha256-abc',
    }),
  },
  'annotation:create': {
    draft: {
      ...draft(PAGE, { type: 'person', quote: 'Wang Jun', tags: ['officials'] }),
      selectors: dataset.annotations[0].selectors,
    },
    entityName: 'Wang Jun',
    article: articleInput(PAGE),
  },
  'annotation:update': {
    id: dataset.annotations[2].id,
    patch: {
      type: 'claim',
      note: 'n',
      entityName: 'X',
      claim: { status: 'disputed', claimantId: null },
      tags: ['a'],
      color: null,
    },
  },
  'annotation:delete': { id: dataset.annotations[0].id },
  'annotation:restore': { annotation: dataset.annotations[2] },
  'entity:rename': { id: dataset.entities[0].id, name: 'Wang Jun (SFTU)' },
  'entity:merge': { sourceId: dataset.entities[0].id, targetId: dataset.entities[2].id },
  'library:import-chunk': {
    importId: 'imp-1',
    chunk: {
      articles: dataset.articles,
      annotations: dataset.annotations,
      entities: dataset.entities,
    },
  },
  'library:import-commit': { importId: 'imp-1' },
  'library:clear': {},
  'page:anchors': {
    url: PAGE,
    anchors: {
      [dataset.annotations[0].id]: 'anchored',
      [dataset.annotations[1].id]: 'orphaned',
      [dataset.annotations[2].id]: 'approximate',
    },
    texts: { [dataset.annotations[2].id]: 'built 16 national-level demonstration bases' },
  },
  'suggestion:dismiss': { article: articleInput(PAGE), key: 'person:wang jun', dismissed: true },
  'card:open': { id: dataset.annotations[0].id, focus: true },
  'card:claim': {
    token: 'b6f0c1de-0000-4000-8000-000000000002',
    parentOrigin: 'https://www.theguardian.com',
  },
  'annotation:reattach': {
    id: dataset.annotations[1].id,
    selectors: dataset.annotations[1].selectors,
  },
  'article:changes': { tabId: 12 },
  'snapshots:clear': {},
  'tag:rename': { from: 'numbers', to: 'Statistics' },
  'claim:set-claimant': { id: dataset.annotations[2].id, name: 'Wang Jun', type: 'person' },
};

const CONTENT_PAYLOADS: Record<ContentMessageType, unknown> = {
  'content:state': { extract: true },
  'content:tag-selection': { type: 'organization' },
  'content:scroll-to': { id: dataset.annotations[1].id },
  'content:refresh': {},
  'content:article-text': {},
  'content:tag-quote': {
    type: 'person',
    quote: { type: 'TextQuoteSelector', exact: 'Wang Jun', prefix: 'said ', suffix: ', Secretary' },
    entityName: 'Wang Jun',
  },
  'content:superseded': { instance: 'b6f0c1de-0000-4000-8000-000000000001' },
  'content:selection-selectors': {},
};

describe('article text a content script answers with', () => {
  const reply = {
    url: PAGE,
    canonicalUrl: null,
    text: 'One. Two.',
    breaks: [5],
    lang: 'en',
    title: 'Vote',
  };

  it('is taken with its URL, text and paragraph breaks', () => {
    expect(v.parse(articleTextReplySchema, reply)).toEqual({
      url: PAGE,
      canonicalUrl: null,
      text: 'One. Two.',
      breaks: [5],
    });
  });

  it('is refused when its URL is no web page or its sizes are out of bounds', () => {
    for (const bad of [
      { ...reply, url: 'javascript:alert(1)' },
      { ...reply, breaks: [-1] },
      { ...reply, breaks: [1.5] },
      { ...reply, text: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1) },
    ])
      expect(v.safeParse(articleTextReplySchema, bad).success).toBe(false);
  });
});

describe('parseEnvelope', () => {
  it('covers every message type with a realistic payload', () => {
    expect(Object.keys(BACKGROUND_PAYLOADS).sort()).toEqual(Object.keys(backgroundMessages).sort());
    expect(Object.keys(CONTENT_PAYLOADS).sort()).toEqual(Object.keys(contentMessages).sort());
  });

  it.each(Object.entries(BACKGROUND_PAYLOADS))('accepts %s', (type, payload) => {
    const parsed = parseEnvelope(backgroundMessages, { type, payload });
    expect(parsed).toEqual({ ok: true, type, payload });
  });

  it.each(Object.entries(CONTENT_PAYLOADS))('accepts %s', (type, payload) => {
    expect(parseEnvelope(contentMessages, { type, payload })).toEqual({ ok: true, type, payload });
  });

  it('does not accept a content message at the background, or the reverse', () => {
    expect(parseEnvelope(backgroundMessages, { type: 'content:refresh', payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message type: content:refresh',
    });
    expect(parseEnvelope(contentMessages, { type: 'data:changed', payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message type: data:changed',
    });
  });

  it('refuses non-objects', () => {
    for (const message of [null, undefined, 'page:load', 42, true]) {
      expect(parseEnvelope(backgroundMessages, message)).toEqual({
        ok: false,
        error: 'Message is not an object.',
      });
    }
  });

  it('refuses unknown types, including inherited property names, and cuts long ones short', () => {
    expect(parseEnvelope(backgroundMessages, { type: 'annotation:explode', payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message type: annotation:explode',
    });
    expect(parseEnvelope(backgroundMessages, { type: 'toString', payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message type: toString',
    });
    expect(parseEnvelope(backgroundMessages, { type: '__proto__', payload: {} })).toMatchObject({
      ok: false,
    });
    expect(parseEnvelope(backgroundMessages, { payload: {} })).toEqual({
      ok: false,
      error: 'Unknown message type: undefined',
    });
    expect(parseEnvelope(backgroundMessages, { type: 7 })).toEqual({
      ok: false,
      error: 'Unknown message type: 7',
    });
    const long = parseEnvelope(backgroundMessages, { type: 'x'.repeat(10_000) });
    expect(long).toEqual({ ok: false, error: `Unknown message type: ${'x'.repeat(64)}` });
  });

  it('names the path of the field that is wrong', () => {
    const bad = (type: string, payload: unknown) => {
      const r = parseEnvelope(backgroundMessages, { type, payload });
      if (r.ok) throw new Error(`${type} was accepted`);
      return r.error;
    };
    expect(bad('page:load', { url: 42, canonicalUrl: null })).toMatch(
      /^Invalid page:load message: url: /,
    );
    expect(bad('annotation:create', { draft: { ...draft(PAGE), type: 'rumour' } })).toMatch(
      /^Invalid annotation:create message: draft\.type: /,
    );
    expect(
      bad('annotation:create', {
        draft: {
          ...draft(PAGE),
          selectors: [{ type: 'TextPositionSelector', start: '0', end: 5 }],
        },
      }),
    ).toMatch(/^Invalid annotation:create message: draft\.selectors\.0\.start: /);
    expect(bad('annotation:update', { id: 'a', patch: { claim: { status: 'probably' } } })).toMatch(
      /^Invalid annotation:update message: patch\.claim\.status: /,
    );
    // Gloss's own phrased messages name just the field, as the reader sees them.
    expect(bad('annotation:delete', { id: '' })).toBe(
      '"id" must be 1–128 letters, digits, ".", "_", ":" or "-"',
    );
    expect(
      bad('annotation:update', {
        id: 'a',
        patch: { claim: { evidenceUrl: 'javascript:alert(1)' } },
      }),
    ).toBe('"evidenceUrl" must be empty or an http:// or https:// URL');
    expect(bad('entity:rename', { id: 'e', name: '' })).toBe('"name" must not be empty');
    // A missing payload is read as {}, so the first required field is named.
    expect(bad('annotation:delete', undefined)).toMatch(/^Invalid annotation:delete message: id: /);
    expect(bad('library:clear', 'yes')).toMatch(/^Invalid library:clear message: payload: /);
  });

  it('refuses oversize strings and lists', () => {
    const big = (n: number) => 'x'.repeat(n);
    const rejects = (type: string, payload: unknown) =>
      expect(parseEnvelope(backgroundMessages, { type, payload }).ok).toBe(false);
    const accepts = (type: string, payload: unknown) =>
      expect(parseEnvelope(backgroundMessages, { type, payload }).ok).toBe(true);
    accepts('page:load', { url: `${PAGE}?q=${big(8000)}`, canonicalUrl: null, instance: 'i1' });
    rejects('page:load', { url: `${PAGE}?q=${big(8192)}`, canonicalUrl: null, instance: 'i1' });
    accepts('annotation:create', { draft: draft(PAGE, { quote: big(100_000) }) });
    rejects('annotation:create', { draft: draft(PAGE, { quote: big(100_001) }) });
    rejects('annotation:create', { draft: draft(PAGE, { tags: [big(201)] }) });
    rejects('annotation:create', {
      draft: draft(PAGE, { tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }),
    });
    rejects('annotation:create', { draft: draft(PAGE, { id: big(129) }) });
    rejects('annotation:update', { id: 'a', patch: { note: big(100_001) } });
    rejects('article:get', { urls: [PAGE, PAGE, PAGE, PAGE, PAGE] });
    rejects('entity:rename', { id: 'e', name: big(2001) });
    accepts('article:extract', { url: PAGE, html: big(MAX_PAGE_HTML_CHARS) });
    rejects('article:extract', { url: PAGE, html: big(MAX_PAGE_HTML_CHARS + 1) });
    rejects('article:extract', { url: 'file:///etc/passwd', html: '<p>x</p>' });
    // What a page reports it now reads is bounded in length and in count.
    const reported = (texts: Record<string, string>) => ({ url: PAGE, anchors: {}, texts });
    accepts('page:anchors', reported({ a: big(2000) }));
    rejects('page:anchors', reported({ a: big(2001) }));
    rejects(
      'page:anchors',
      reported(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`a${i}`, 'x']))),
    );
  });

  it('re-attaches only to selectors that quote some text', () => {
    const reattach = (selectors: unknown[]) =>
      parseEnvelope(backgroundMessages, {
        type: 'annotation:reattach',
        payload: { id: 'a1', selectors },
      }).ok;
    const quote = { type: 'TextQuoteSelector', exact: 'built 16', prefix: '', suffix: '' };
    expect(reattach([quote, { type: 'TextPositionSelector', start: 3, end: 11 }])).toBe(true);
    expect(reattach([{ ...quote, exact: '  ' }])).toBe(false);
    expect(reattach([{ type: 'TextPositionSelector', start: 3, end: 11 }])).toBe(false);
    expect(reattach([])).toBe(false);
  });

  it('strips fields the schema does not know, at every level', () => {
    const payload = {
      draft: {
        ...draft(PAGE, { id: 'd1' }),
        entityId: 'smuggled',
        claim: { status: 'false' },
        updatedAt: '2030-01-01',
      },
      article: { ...articleInput(PAGE), savedAt: '1999-01-01', evil: true },
      extra: 'dropped',
    };
    const parsed = parseEnvelope(backgroundMessages, {
      type: 'annotation:create',
      payload,
      sender: 'forged',
    });
    expect(parsed.ok).toBe(true);
    const out = (parsed as { payload: Record<string, Record<string, unknown>> }).payload;
    expect(Object.keys(out).sort()).toEqual(['article', 'draft']);
    expect(out.draft).not.toHaveProperty('entityId');
    expect(out.draft).not.toHaveProperty('claim');
    expect(out.draft).not.toHaveProperty('updatedAt');
    expect(out.draft.id).toBe('d1');
    expect(out.article).toEqual(articleInput(PAGE));
  });

  it('accepts a full stored annotation for restore, and not one missing its stamps', () => {
    const stored = annotation(PAGE, {
      type: 'claim',
      claim: { status: 'supported', evidenceUrl: 'https://e.example', note: '', claimantId: 'p1' },
    });
    expect(
      parseEnvelope(backgroundMessages, {
        type: 'annotation:restore',
        payload: { annotation: stored },
      }),
    ).toMatchObject({ ok: true, payload: { annotation: stored } });
    const { updatedAt: _, ...unstamped } = stored;
    const r = parseEnvelope(backgroundMessages, {
      type: 'annotation:restore',
      payload: { annotation: unstamped },
    });
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toMatch(/annotation\.updatedAt/);
  });

  it('says who may send each background message', () => {
    const from = Object.fromEntries(
      Object.entries(backgroundMessages).map(([k, v]) => [k, v.from]),
    );
    expect(from).toEqual({
      'page:load': 'content',
      // A page's content script loads marks, creates from the reader's gesture, has its own HTML parsed
      // (and completes the placeholder article its annotation saved) and asks for card tokens;
      // reading or changing what the reader wrote is for extension pages only.
      'article:extract': 'content',
      'article:complete': 'content',
      'article:get': 'extension',
      'article:save': 'extension',
      'annotation:create': 'any',
      'annotation:update': 'extension',
      'annotation:delete': 'extension',
      'annotation:restore': 'extension',
      'annotation:reattach': 'extension',
      'card:open': 'content',
      'card:claim': 'extension',
      'entity:rename': 'extension',
      'entity:merge': 'extension',
      'library:import-chunk': 'extension',
      'library:import-commit': 'extension',
      'library:clear': 'extension',
      'page:anchors': 'content',
      'suggestion:dismiss': 'extension',
      // The changes hold the reader's annotated passages; snapshots are the reader's to delete.
      'article:changes': 'extension',
      'snapshots:clear': 'extension',
      'tag:rename': 'extension',
      'claim:set-claimant': 'extension',
    });
  });

  it('refuses an empty tag name and a claimant of a type that is not a person or organization', () => {
    const bad = (type: string, payload: unknown) =>
      parseEnvelope(backgroundMessages, { type, payload });
    expect(bad('tag:rename', { from: 'numbers', to: '  ' })).toEqual({
      ok: false,
      error: '"to" must not be empty',
    });
    expect(
      bad('claim:set-claimant', { id: dataset.annotations[2].id, name: 'X', type: 'claim' }),
    ).toMatchObject({ ok: false });
    expect(
      bad('claim:set-claimant', { id: dataset.annotations[2].id, name: null, type: 'person' }),
    ).toMatchObject({ ok: true });
  });
});
