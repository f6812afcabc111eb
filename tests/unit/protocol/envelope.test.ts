// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../utils/protocol/envelope';
import { backgroundMessages } from '../../../utils/protocol/messages';
import { contentMessages } from '../../../utils/protocol/content-messages';
import { draft } from '../helpers/db';

const PAGE = 'https://www.theguardian.com/world/2024/may/17/vote';

describe('parseEnvelope', () => {
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
});
