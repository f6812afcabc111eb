// @vitest-environment-options {"url": "https://news.example/story"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markFor, rangeOf } from '../helpers/page-marks';
import { toMark } from '../../../utils/model';
import { annotationFromDraft } from '../../../utils/model/new-annotation';

/** The background, by hand: each test says what `page:load` returns and whether a save lands. */
const background = vi.hoisted(() => ({
  marks: [] as unknown[],
  claimStatuses: {} as Record<string, string>,
  failSave: null as string | null,
  sent: [] as { type: string; payload: Record<string, unknown> }[],
}));
vi.mock('../../../utils/protocol/messaging', () => ({
  sendToBackground: async (type: string, payload: Record<string, unknown>) => {
    background.sent.push({ type, payload });
    if (type === 'page:load')
      return { marks: background.marks, claimStatuses: background.claimStatuses };
    if (type === 'annotation:create') {
      if (background.failSave) throw new Error(background.failSave);
      return payload.draft;
    }
    return null;
  },
}));

const { createPageSession } = await import('../../../entrypoints/content/session');
const { anchorReport } = await import('../../../entrypoints/content/anchor-reports');

const URL = 'https://news.example/story';
const TEXT = 'The ministry said 18 firms were built. Critics disputed the number.';

function page() {
  document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  const overlay = document.createElement('div');
  const known = {
    found: async () => null,
    known: () => null,
  };
  return createPageSession(document, () => overlay, 'instance-1', known as never);
}

describe('PageSession: the one owner of the page state', () => {
  beforeEach(() => {
    background.marks = [];
    background.claimStatuses = {};
    background.failSave = null;
    background.sent = [];
  });

  it('reports what the page now reads where a mark was found only approximately', async () => {
    const session = page();
    background.marks = [
      markFor('edited', 'The ministry said 18 firms were built', URL),
      markFor('same', 'Critics disputed the number', URL),
    ];
    // The site edits the story after it was annotated.
    document.querySelector('p')!.textContent = TEXT.replace('18 firms', '16 new firms');
    session.pageChanged();
    await session.load();
    // The unchanged sentence moved (its position no longer holds) but reads the same: no text for it.
    expect(anchorReport(session)).toEqual({
      anchors: { edited: 'approximate', same: 'approximate' },
      texts: { edited: 'The ministry said 16 new firms were built' },
    });
  });

  it('loads the marks, anchors them, and says which ones it found', async () => {
    const session = page();
    background.marks = [
      markFor('found', '18 firms', URL),
      {
        ...markFor('gone', 'the number', URL),
        selectors: [
          { type: 'TextQuoteSelector', exact: 'nowhere on this page', prefix: '', suffix: '' },
        ],
      },
    ];
    await session.load();
    expect(session.marks.map((m) => m.id)).toEqual(['found', 'gone']);
    expect(session.anchorStates()).toEqual({ found: 'anchored', gone: 'orphaned' });
    expect(session.rangeOf('found')?.toString()).toBe('18 firms');
    expect(session.rangeOf('gone')).toBeNull();
    expect(session.needsReanchor()).toBe(true);
  });

  it("keeps each painted claim's status for the status layer, orphans left out; a new claim is unverified", async () => {
    const session = page();
    background.marks = [
      markFor('found', '18 firms', URL),
      {
        ...markFor('gone', 'the number', URL),
        selectors: [{ type: 'TextQuoteSelector', exact: 'not here', prefix: '', suffix: '' }],
      },
    ];
    background.claimStatuses = { found: 'false', gone: 'supported' };
    await session.load();
    expect(session.claimUnderlines().map((u) => [u.range.toString(), u.status])).toEqual([
      ['18 firms', 'false'],
    ]);
    session.createFromRange(rangeOf('Critics'), 'claim');
    session.createFromRange(rangeOf('ministry'), 'person');
    expect(session.claimUnderlines().map((u) => [u.range.toString(), u.status])).toEqual([
      ['18 firms', 'false'],
      ['Critics', 'unverified'],
    ]);
  });

  it('paints a new mark at once with the record the repository stores', async () => {
    const session = page();
    await session.load();
    const heard = vi.fn();
    session.subscribe(heard);
    const { mark, saved } = session.createFromRange(rangeOf('Critics disputed'), 'claim');
    expect(session.marks).toContainEqual(mark);
    expect(session.anchorStates()[mark.id]).toBe('anchored');
    expect(heard).toHaveBeenCalled();
    await saved;
    const sent = background.sent.find((m) => m.type === 'annotation:create')!;
    expect(mark).toEqual(toMark(annotationFromDraft(sent.payload.draft as never, null)));
  });

  it('takes back a mark the background refused, and says why', async () => {
    const session = page();
    await session.load();
    background.failSave = 'The database is full.';
    const { mark, saved } = session.createFromRange(rangeOf('18 firms'), 'highlight');
    await expect(saved).rejects.toThrow('The database is full.');
    expect(session.marks).not.toContainEqual(mark);
    expect(session.anchorStates()[mark.id]).toBeUndefined();
    expect(session.error).toBe('Not saved: The database is full.');
    session.setError(null);
    expect(session.error).toBeNull();
  });

  it('refuses an empty selection without painting anything', async () => {
    const session = page();
    await session.load();
    const empty = document.createRange();
    empty.setStart(document.body, 0);
    expect(() => session.createFromRange(empty, 'highlight')).toThrow('Select some text first.');
    expect(session.marks).toEqual([]);
  });
});
