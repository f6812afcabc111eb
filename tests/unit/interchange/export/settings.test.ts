import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportFile } from '../../../../utils/store/export-reads';
import {
  loadSettings,
  NO_SETTINGS,
  saveSettings,
  SETTINGS_KEY,
  updateSettings,
} from '../../../../utils/settings';
import { annotation, article, freshDb } from '../../helpers/db';

describe('settings the exports read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are empty until set, then come back trimmed', async () => {
    expect(await loadSettings()).toEqual(NO_SETTINGS);
    await saveSettings({
      readerName: '  Mei Lin ',
      reviewerName: 'Mei Lin',
      reviewerOrganization: 'Valley Fact Desk',
    });
    expect(await loadSettings()).toEqual({
      readerName: 'Mei Lin',
      reviewerName: 'Mei Lin',
      reviewerOrganization: 'Valley Fact Desk',
      keepSnapshots: true,
    });
  });

  it('keep snapshots unless turned off, and an update keeps the fields it does not name', async () => {
    await saveSettings({ readerName: 'Mei Lin' });
    expect((await loadSettings()).keepSnapshots).toBe(true);
    await updateSettings({ keepSnapshots: false });
    expect(await loadSettings()).toMatchObject({ readerName: 'Mei Lin', keepSnapshots: false });
    await updateSettings({ reviewerName: 'Ana' });
    expect(await loadSettings()).toMatchObject({
      readerName: 'Mei Lin',
      reviewerName: 'Ana',
      keepSnapshots: false,
    });
    await expect(updateSettings({ keepSnapshots: 'no' as never })).rejects.toThrow(
      /"keepSnapshots"/,
    );
  });

  it('refuse what is not a name, and read a malformed stored value as empty', async () => {
    await expect(saveSettings({ readerName: 'x'.repeat(501) })).rejects.toThrow(
      /"readerName" must be at most 500 characters/,
    );
    await expect(saveSettings({ readerName: 42 })).rejects.toThrow(/"readerName"/);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { readerName: ['not', 'a', 'name'] } });
    expect(await loadSettings()).toEqual(NO_SETTINGS);
  });

  it('reach the files: the reader is the W3C creator, the reviewer the ClaimReview author', async () => {
    await saveSettings({ readerName: 'Mei Lin', reviewerOrganization: 'Valley Fact Desk' });
    const db = freshDb();
    const A = 'https://news.example/a';
    await db.articles.add(article(A));
    await db.annotations.bulkAdd([
      annotation(A, { id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', type: 'highlight' }),
      annotation(A, {
        id: 'c1',
        type: 'claim',
        claim: { status: 'false', evidenceUrl: '', note: '', claimantId: null },
      }),
      annotation(A, {
        id: 'c2',
        type: 'claim',
        claim: { status: 'unverified', evidenceUrl: '', note: '', claimantId: null },
      }),
    ]);
    const w3c = JSON.parse((await exportFile(db, 'w3c', null)).text);
    expect(w3c.first.items.map((a: { creator?: unknown }) => a.creator)).toEqual(
      Array(3).fill({ type: 'Person', name: 'Mei Lin' }),
    );
    const claims = await exportFile(db, 'claimreview', null);
    expect(JSON.parse(claims.text)['@graph'].map((r: { author: unknown }) => r.author)).toEqual([
      { '@type': 'Organization', name: 'Valley Fact Desk' },
    ]);
    expect(claims.notice).toBe(
      '1 unverified claim was left out: only reviewed claims are published.',
    );
  });
});
