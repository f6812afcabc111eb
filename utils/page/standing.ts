import { diffWordsWithSpace } from 'diff';
import type { AnchorState } from '../model';
import { collapseWhitespace } from './anchoring/whitespace';

/** One run of a word diff: kept, or only in the stored quote (removed), or only on the page now (added). */
export interface DiffPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/**
 * Where an annotation stands on the page as it is now, in the reader's words rather than the
 * anchoring's: found as it was quoted; found, but the page now reads something else there (with a
 * word diff of the quote against it); not found on this page; or not known (the page has not
 * reported yet, or cannot be read).
 */
export type Standing =
  | { kind: 'found' }
  | { kind: 'changed'; now: string; diff: DiffPart[] }
  | { kind: 'missing' }
  | { kind: 'unknown' };

/** Word-level differences between what was quoted and what the page reads now (jsdiff, keeping whitespace). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/**
 * `anchor` is what the page reported for the annotation; `now` is the page's current text where
 * it was found only approximately and reads differently (entrypoints/content/anchor-reports.ts).
 * Found elsewhere but reading the same (no `now`: the story moved around it), or differing only in
 * whitespace (a re-indented paragraph), counts as found: the reader sees no difference there.
 */
export function standingOf(
  quote: string,
  anchor: AnchorState | undefined,
  now: string | undefined,
): Standing {
  if (anchor === undefined) return { kind: 'unknown' };
  if (anchor === 'orphaned') return { kind: 'missing' };
  if (anchor === 'anchored') return { kind: 'found' };
  if (now === undefined) return { kind: 'found' };
  const was = collapseWhitespace(quote);
  const is = collapseWhitespace(now);
  if (was === is) return { kind: 'found' };
  return { kind: 'changed', now: is, diff: wordDiff(was, is) };
}

/** The plain words a card shows for each standing. */
export const STANDING_LABELS: Record<Standing['kind'], string> = {
  found: 'Found',
  changed: 'Found, but the page now reads:',
  missing: 'Not found on this page',
  unknown: 'Not checked on this page',
};

/** An annotation the reader may want to move: its text is gone or changed. */
export const canReattach = (standing: Standing): boolean =>
  standing.kind === 'missing' || standing.kind === 'changed';
