import { useEffect, useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import type { ClaimRow } from '@/utils/store/library-view';
import { countUnverifiedClaims, type Page } from '@/utils/store/library-queries';

/** A value that follows `value` once it has stopped changing for `ms`: a search is run per pause, not per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * How many claims are unverified, recounted whenever the claims page was re-read (a write touched
 * what it read, which includes every change to a claim), once the page is idle: the count reads
 * the keys of every unverified claim (claim.status index, ~0.1 s at 100,000 annotations), and must
 * not delay the rows the reader is looking at.
 */
export function useUnverifiedClaims(db: GlossDatabase, claims: Page<ClaimRow> | undefined): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!claims) return;
    let live = true;
    const idle = requestIdleCallback(
      () =>
        void countUnverifiedClaims(db).then(
          (n) => live && setCount(n),
          () => {},
        ),
    );
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [db, claims]);
  return count;
}
