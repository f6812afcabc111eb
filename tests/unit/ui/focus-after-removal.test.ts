import { beforeEach, describe, expect, it } from 'vitest';
import { focusTargetAfter } from '@/utils/ui/focus-after-removal';

const list = (names: string[]) =>
  `<details><summary>Suggestions</summary>${names
    .map(
      (n) =>
        `<li class="suggestion"><button>Accept ${n}</button><button>Dismiss ${n}</button></li>`,
    )
    .join('')}</details>`;

const button = (label: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('focusTargetAfter', () => {
  beforeEach(() => {
    document.body.innerHTML = list(['A', 'B', 'C']);
  });
  const target = (label: string) =>
    focusTargetAfter(
      button(label),
      'li.suggestion',
      document.querySelector('details')!,
      document.querySelector('summary'),
    );

  it("goes to the next item's first button, whichever button was pressed", () => {
    expect(target('Accept A')?.textContent).toBe('Accept B');
    expect(target('Dismiss B')?.textContent).toBe('Accept C');
  });

  it("goes back to the previous item's first button from the last item", () => {
    expect(target('Dismiss C')?.textContent).toBe('Accept B');
  });

  it('goes to the heading when no other item is left', () => {
    document.body.innerHTML = list(['A']);
    expect(target('Accept A')?.tagName).toBe('SUMMARY');
  });
});
