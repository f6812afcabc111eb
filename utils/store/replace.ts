import type { IndexableType, Table } from 'dexie';

/**
 * Writes `next` over the stored record with the same key, inside the caller's transaction, so
 * Dexie's live queries hear only what changed.
 *
 * A put() says nothing to Dexie about the record it replaces, so Dexie counts every index key of
 * the new record as changed: a note edited on a claim re-ran every live query over a range holding
 * that annotation's type, article or date — the library's claim count and its per-article counts,
 * ~0.3 s of IndexedDB work at 100,000 annotations that the edited row then waited behind. modify()
 * reads the stored record in the same transaction, and Dexie compares its old and new keys index by
 * index (its cached "existing values"): a note edit then touches that one record's key only.
 */
export async function replaceStored<T, K extends IndexableType>(
  table: Table<T, K>,
  key: K,
  next: T,
): Promise<void> {
  const replaced = await table
    .where(':id')
    .equals(key)
    .modify((_stored, ref) => {
      ref.value = next;
    });
  if (replaced !== 1) throw new Error(`No stored record to replace in ${table.name}.`);
}
