import { describe, expect, it } from 'vitest';
import { isPageMutation } from '../../../entrypoints/content/ui-host';

describe('isPageMutation', () => {
  const record = (target: Node, added: Node[] = [], removed: Node[] = []) =>
    ({ target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

  it("tells Gloss's own hosts coming and going from the page's changes", () => {
    const p = document.createElement('p');
    const card = document.createElement('gloss-card');
    expect(isPageMutation(record(document.body, [card]))).toBe(false);
    expect(isPageMutation(record(document.body, [], [document.createElement('gloss-caret')]))).toBe(
      false,
    );
    expect(isPageMutation(record(p, [document.createElement('gloss-status')]))).toBe(false);
    expect(isPageMutation(record(document.body, [card, p]))).toBe(true);
    expect(isPageMutation(record(p))).toBe(true); // text or attributes of the page's own
    expect(isPageMutation(record(document.createElement('gloss-ui')))).toBe(false);
  });
});
