import Dexie from 'dexie';
import type { DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { emptyDelta, type Counted, type TallyDelta } from './tallies';

/*
 * What one transaction's writes to the annotations have in progress, for tally-middleware.ts: the
 * differences not yet written, the keys still being written, and what the writes replace.
 */

/** DBCoreRangeType.Any (a const enum, which isolated modules cannot read from Dexie's typings). */
export const ANY = 3 as DBCoreKeyRange['type'];
export const EVERYTHING: DBCoreKeyRange = { type: ANY, lower: undefined, upper: undefined };

/** What one transaction's writes to the annotations have in progress. */
export interface Progress {
  /** Whether the table held nothing when the transaction first wrote to it. */
  startedEmpty: PromiseLike<boolean>;
  /** Keys this transaction put: the only records that can be replaced in a table that started empty. */
  written: Set<unknown>;
  /** Keys of writes still waiting for IndexedDB: a later write to one of them waits for them. */
  busy: Set<unknown>;
  inFlight: number;
  idle: Array<() => void>;
  pending: TallyDelta;
  flushed: PromiseLike<unknown>;
}

const progress = new WeakMap<DBCoreTransaction, Progress>();
export const resolved = <T>(value: T): PromiseLike<T> => Dexie.Promise.resolve(value);

export function progressOf(table: DBCoreTable, trans: DBCoreTransaction): Progress {
  let p = progress.get(trans);
  if (!p) {
    const index = table.schema.primaryKey;
    const first = table.query({ trans, query: { index, range: EVERYTHING }, limit: 1 });
    p = {
      startedEmpty: first.then((r) => r.result.length === 0),
      written: new Set(),
      busy: new Set(),
      inFlight: 0,
      idle: [],
      pending: emptyDelta(),
      flushed: resolved(undefined),
    };
    progress.set(trans, p);
  }
  return p;
}

export const whenIdle = (p: Progress): PromiseLike<unknown> =>
  p.inFlight === 0 ? resolved(undefined) : new Dexie.Promise((resolve) => p.idle.push(resolve));

export function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
}

/** The stored records a write replaces or deletes, position for position with its keys. */
export function replacedBy(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  keys: unknown[] | null,
  p: Progress,
): PromiseLike<(Counted | undefined)[]> {
  if (req.type === 'add') return resolved([]);
  const trans = req.trans;
  const index = table.schema.primaryKey;
  if (!keys) {
    const range = (req as { range: DBCoreKeyRange }).range;
    return table.query({ trans, values: true, query: { index, range } }).then((r) => r.result);
  }
  return p.startedEmpty.then((empty) => {
    if (!empty) return table.getMany({ trans, keys });
    const mine = keys.map((k, i) => [k, i] as const).filter(([k]) => p.written.has(k));
    const replaced: (Counted | undefined)[] = keys.map(() => undefined);
    if (!mine.length) return replaced;
    return table.getMany({ trans, keys: mine.map(([k]) => k) }).then((found) => {
      mine.forEach(([, i], j) => (replaced[i] = found[j]));
      return replaced;
    });
  });
}
