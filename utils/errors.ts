/** Turns storage failures into sentences a reader can act on. */
export function describeError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  // Dexie wraps the IndexedDB error (`inner`), or several of them in a BulkError (`failures`).
  const inner =
    (error as { inner?: { name?: string } })?.inner?.name ??
    (error as { failures?: { name?: string }[] })?.failures?.[0]?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your browser refused to store more data (storage quota exceeded). Nothing was saved; export and free some space, then try again.';
  }
  if (name === 'ConstraintError' || inner === 'ConstraintError')
    return 'That record already exists.';
  return error instanceof Error ? error.message : String(error);
}
