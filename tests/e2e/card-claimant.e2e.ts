import { describe, expect, it } from 'vitest';
import { useGlossSuite } from './harness/suite';
import { seedHtml } from './harness/server';
import { cardFrame, closeCard, tagText } from './harness/page';
import { readExtensionDb } from './harness/idb';

const suite = useGlossSuite();
const CLAIM = 'and more than 350000 high-quality industrial workers';

describe("the framed card's claimant", () => {
  it('is typed freely: a new name creates the entity, a tagged one links it', async () => {
    const page = await suite.open(suite.server.set('/claimant/seed.html', seedHtml()));
    await tagText(page, 'Wang Jun', 'Person');
    await closeCard(page);
    await tagText(page, CLAIM, 'Claim');
    const card = await cardFrame(page);

    // A name nobody tagged: the reader says it is an organization, types it and moves on.
    await card.getByLabel('Claimant is a').selectOption('organization');
    const field = card.getByLabel('Claimant', { exact: true });
    await field.fill('Shaanxi Provincial Statistics Bureau');
    await field.press('Tab');
    const claimantOf = async () => {
      const db = await readExtensionDb(suite.gloss.worker);
      const claim = db.annotations.find((a) => a.type === 'claim');
      const entity = db.entities.find((e) => e.id === claim?.claim?.claimantId);
      return entity && [entity.name, entity.type];
    };
    await expect.poll(claimantOf).toEqual(['Shaanxi Provincial Statistics Bureau', 'organization']);

    // The article's tagged person is offered, and typing the name (in any case) links that entity.
    expect(
      await card
        .locator('datalist option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
    ).toContain('Wang Jun');
    await field.fill('wang jun');
    await field.press('Tab');
    await expect.poll(claimantOf).toEqual(['Wang Jun', 'person']);
    await expect.poll(() => field.inputValue()).toBe('Wang Jun');
    const db = await readExtensionDb(suite.gloss.worker);
    expect(db.entities.filter((e) => e.name === 'Wang Jun')).toHaveLength(1);
    await page.close();
  });
});
