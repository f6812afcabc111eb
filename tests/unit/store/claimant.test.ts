// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setClaimant } from '../../../utils/store/claimant';
import { findByAlias, putEntity } from '../../../utils/store/alias-index';
import { annotation, at, entity, freshDb } from '../helpers/db';

const URL = 'https://news.example/story';

async function library() {
  const db = freshDb();
  await putEntity(db, entity('person', 'Wang Jun', 'wang jun', { id: 'wang' }));
  await putEntity(
    db,
    entity('organization', 'Ministry of Industry', 'ministry of industry', {
      id: 'miit',
      aliases: ['MIIT'],
    }),
  );
  await db.annotations.bulkAdd([
    annotation(URL, {
      id: 'claim',
      type: 'claim',
      quote: 'built 18 national firms',
      claim: { status: 'disputed', evidenceUrl: '', note: 'MIIT lists 11', claimantId: null },
    }),
    annotation(URL, { id: 'hl', type: 'highlight' }),
  ]);
  return db;
}

describe('setClaimant', () => {
  it('links an existing person by name, whatever the case and spacing', async () => {
    const db = await library();
    const { annotation: a, claimant } = await setClaimant(
      db,
      'claim',
      ' wang  JUN ',
      'person',
      at(3),
    );
    expect(claimant?.id).toBe('wang');
    expect(a.claim).toEqual({
      status: 'disputed',
      evidenceUrl: '',
      note: 'MIIT lists 11',
      claimantId: 'wang',
    });
    expect(await db.annotations.get('claim')).toEqual(a);
    expect(a.updatedAt).toBe(at(3).toISOString());
    expect(await db.entities.count()).toBe(2);
  });

  it('links an organization by an alias even when the reader left the type at Person', async () => {
    const db = await library();
    const { claimant } = await setClaimant(db, 'claim', 'miit', 'person');
    expect(claimant?.id).toBe('miit');
    expect(await db.entities.count()).toBe(2);
  });

  it('creates a new entity of the chosen type for a name the library does not know', async () => {
    const db = await library();
    const { annotation: a, claimant } = await setClaimant(
      db,
      'claim',
      'Baoji Statistics Bureau',
      'organization',
    );
    expect(claimant).toMatchObject({
      type: 'organization',
      name: 'Baoji Statistics Bureau',
      normalizedName: 'baoji statistics bureau',
    });
    expect(a.claim?.claimantId).toBe(claimant!.id);
    expect(await db.entities.get(claimant!.id)).toEqual(claimant);
    // Typed again, the same entity: no duplicate.
    const again = await setClaimant(db, 'claim', 'baoji statistics bureau', 'person');
    expect(again.claimant?.id).toBe(claimant!.id);
    expect(await db.entities.count()).toBe(3);
    expect(await findByAlias(db, 'organization', 'baoji statistics bureau')).toBeUndefined();
  });

  it('clears the claimant with null or a blank name', async () => {
    const db = await library();
    await setClaimant(db, 'claim', 'Wang Jun', 'person');
    expect((await setClaimant(db, 'claim', null, 'person')).annotation.claim?.claimantId).toBe(
      null,
    );
    await setClaimant(db, 'claim', 'Wang Jun', 'person');
    expect((await setClaimant(db, 'claim', '  ', 'person')).claimant).toBe(null);
    expect((await db.annotations.get('claim'))!.claim?.claimantId).toBe(null);
  });

  it('refuses annotations that are not claims, and missing ones, changing nothing', async () => {
    const db = await library();
    await expect(setClaimant(db, 'hl', 'Wang Jun', 'person')).rejects.toThrow(
      'Only a claim has a claimant.',
    );
    await expect(setClaimant(db, 'gone', 'Someone New', 'person')).rejects.toThrow(
      'This annotation no longer exists.',
    );
    expect(await db.entities.count()).toBe(2);
  });
});
