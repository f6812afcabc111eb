// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleInput } from '../helpers/db';
import { EVIL, POPUP, VICTIM, VICTIM_CANON, setupRouter } from '../helpers/router-env';

describe('route: article records kept by extension pages', () => {
  it("the popup's suggestion:dismiss stores no foreign canonical URL either", async () => {
    const { db, send } = setupRouter();
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
    const { db, send } = setupRouter();
    await send(POPUP, 'article:save', {
      article: articleInput(VICTIM, { canonicalUrl: `${VICTIM_CANON}?utm_source=feed` }),
    });
    expect((await db.articles.get(VICTIM))?.canonicalUrl).toBe(VICTIM_CANON);
  });
});
