// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCardTokens, type CardGrant } from '../../../utils/protocol/card-tokens';

const GRANT: CardGrant = {
  annotationId: 'a1',
  tabId: 7,
  frameId: 0,
  pageUrl: 'https://news.example/story',
  focus: true,
};
const AT = { tabId: 7, parentOrigin: 'https://news.example' };

function tokens(start = 0) {
  let now = start;
  let n = 0;
  const t = createCardTokens({ ttlMs: 1000, now: () => now, random: () => `t${++n}` });
  return { t, advance: (ms: number) => (now += ms) };
}

describe('card tokens', () => {
  it('redeem once, in the tab and under the page they were issued for', () => {
    const { t } = tokens();
    const token = t.issue(GRANT);
    expect(t.redeem(token, { tabId: 8, parentOrigin: AT.parentOrigin })).toEqual({
      ok: false,
      reason: 'This card belongs to another tab.',
    });
    expect(t.redeem(token, { tabId: 7, parentOrigin: 'https://evil.example' })).toEqual({
      ok: false,
      reason: 'This card belongs to another page.',
    });
    expect(t.redeem(token, AT)).toEqual({ ok: true, grant: GRANT });
    expect(t.redeem(token, AT)).toMatchObject({ ok: false });
  });

  it('a browser that reports no parent origin is checked by tab alone', () => {
    const { t } = tokens();
    expect(t.redeem(t.issue(GRANT), { tabId: 7, parentOrigin: null })).toMatchObject({ ok: true });
  });

  it('expire, and an unknown token redeems nothing', () => {
    const { t, advance } = tokens();
    const token = t.issue(GRANT);
    advance(1000);
    expect(t.redeem(token, AT)).toEqual({
      ok: false,
      reason: 'This card was not opened by Gloss, or it has expired.',
    });
    expect(t.redeem('t999', AT)).toMatchObject({ ok: false });
    expect(t.size).toBe(0);
  });

  it('a tab holds only a few pending tokens: a page that makes the reader open card after card fills no memory', () => {
    const { t } = tokens();
    const issued = Array.from({ length: 10 }, () => t.issue(GRANT));
    expect(t.size).toBe(4);
    expect(t.redeem(issued[0], AT)).toMatchObject({ ok: false });
    expect(t.redeem(issued[9], AT)).toMatchObject({ ok: true });
    t.issue({ ...GRANT, tabId: 9 });
    expect(t.size).toBe(4);
  });
});
