// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backgroundMessages, type BackgroundMessageType } from '../../../utils/protocol/messages';
import { parseEnvelope } from '../../../utils/protocol/envelope';
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

describe('backgroundMessages: what the background accepts, and from whom', () => {
  it('covers every message type with a realistic payload', () => {
    expect(Object.keys(BACKGROUND_PAYLOADS).sort()).toEqual(Object.keys(backgroundMessages).sort());
  });

  it.each(Object.entries(BACKGROUND_PAYLOADS))('accepts %s', (type, payload) => {
    const parsed = parseEnvelope(backgroundMessages, { type, payload });
    expect(parsed).toEqual({ ok: true, type, payload });
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
