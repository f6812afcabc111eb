/*
 * Numbers that changed inside a passage: for a fact-checker the edit that matters most ("built 18"
 * became "built 16" in a claim that disputes the 18). Whole numbers as written, with their
 * thousands separators and decimals ("350,000", "3.5"), compared as multisets, so a number that
 * only moved within the passage is not a change.
 */

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers written in `text`, in order. */
export function numbersIn(text: string): string[] {
  return text.match(NUMBER) ?? [];
}

export interface NumberChange {
  /** Numbers the passage had that it no longer has. */
  before: string[];
  /** Numbers it has now that it did not have. */
  after: string[];
}

/** What changed between the numbers of a passage then and now; null when they are the same. */
export function changedNumbers(then: string, now: string): NumberChange | null {
  const before = numbersIn(then);
  const after = numbersIn(now);
  const gone = without(before, after);
  const came = without(after, before);
  return gone.length || came.length ? { before: gone, after: came } : null;
}

/** `list` minus one of each item in `other`. */
function without(list: string[], other: string[]): string[] {
  const left = [...other];
  return list.filter((item) => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
