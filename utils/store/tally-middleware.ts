import Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  addToDelta,
  emptyDelta,
  nextArticleTally,
  nextEntityTally,
  nextTagTally,
  withoutZeros,
  type Counted,
} from './tallies';
import {
  ANY,
  EVERYTHING,
  keysOf,
  progressOf,
  replacedBy,
  resolved,
  whenIdle,
  type Progress,
} from './tally-progress';

export const ARTICLE_TALLIES = 'articleTallies';
export const ENTITY_TALLIES = 'entityTallies';
export const TAG_TALLIES = 'tagTallies';
const TALLIES = [ARTICLE_TALLIES, ENTITY_TALLIES, TAG_TALLIES];
const ANNOTATIONS = 'annotations';

/**
 * Keeps the tallies (tallies.ts) in step with the annotations, below Dexie's tables, so every
 * write path counts — adding, editing, merging entities, importing, deleting everything — without
 * one of them having to remember. A read-write transaction that includes the annotations also
 * includes the tallies; each write to the annotations reads the records it replaces, and the
 * transaction's differences are written once its writes in flight have all answered (an import
 * queues its ten chunks at once: their 5,000 articles' rows are then written once, not ten times).
 *
 * Reading what a write replaces costs a request per record, so a transaction that found the table
 * empty reads only records it wrote itself: a first import of 100,000 annotations reads nothing.
 *
 * Written as chains of Dexie's own promises, not async/await: the middlewares below this one find
 * their transaction in Dexie's zone, which follows Dexie's promises and is lost across a native await.
 */
export const tallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'tallies',
  create(down) {
    const tracked = TALLIES.every((t) => down.schema.tables.some((s) => s.name === t));
    if (!tracked) return {};
    return {
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes(ANNOTATIONS)
            ? [...new Set([...stores, ...TALLIES])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ANNOTATIONS) return table;
        return { ...table, mutate: (req) => countedMutate(down, table, req) };
      },
    };
  },
};

function countedMutate(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  waited = false,
): Promise<DBCoreMutateResponse> {
  const p = progressOf(table, req.trans);
  const keys = keysOf(table, req);
  // A range delete, and a write to a key still being written, wait until the writes in flight
  // have answered and their differences are written: what they read as replaced is then what
  // those writes left. (A keyed write looks again: another may have taken its key meanwhile.)
  if (!waited && (!keys || keys.some((k) => p.busy.has(k))))
    return whenIdle(p)
      .then(() => flush(down, req.trans, p))
      .then(() => countedMutate(down, table, req, !keys)) as Promise<DBCoreMutateResponse>;
  if (req.type === 'deleteRange' && req.range.type === ANY)
    return clearAll(down, table, req, p) as Promise<DBCoreMutateResponse>;
  // Counted as in flight at once, in the caller's turn: a write made right after this one sees it.
  p.inFlight++;
  keys?.forEach((k) => p.busy.add(k));
  const done = () => {
    p.inFlight--;
    keys?.forEach((k) => p.busy.delete(k));
    if (p.inFlight === 0) p.idle.splice(0).forEach((resolve) => resolve());
  };
  return replacedBy(table, req, keys, p)
    .then((replaced) =>
      table.mutate(req).then((res) => {
        const ok = <T>(_: T, i: number) => !(i in res.failures);
        addToDelta(p.pending, replaced.filter(ok), -1);
        if (req.type === 'add' || req.type === 'put') {
          addToDelta(p.pending, (req.values as Counted[]).filter(ok), 1);
          keys!.filter(ok).forEach((k) => p.written.add(k));
        }
        return res;
      }),
    )
    .then(
      (res) => {
        done();
        // The last write to answer writes the differences, before it returns to its caller:
        // whoever awaits the transaction's writes finds the tallies written too.
        return p.inFlight === 0 ? flush(down, req.trans, p).then(() => res) : res;
      },
      (error) => {
        done();
        throw error;
      },
    ) as Promise<DBCoreMutateResponse>;
}

/** Writes the differences gathered so far; flushes run one after another within a transaction. */
function flush(down: DBCore, trans: DBCoreTransaction, p: Progress): PromiseLike<unknown> {
  p.flushed = p.flushed.then(() => {
    const delta = withoutZeros(p.pending);
    p.pending = emptyDelta();
    return Dexie.Promise.all([
      writeRows(down.table(ARTICLE_TALLIES), trans, delta.articles, nextArticleTally),
      writeRows(down.table(ENTITY_TALLIES), trans, delta.entities, nextEntityTally),
      writeRows(down.table(TAG_TALLIES), trans, delta.tags, nextTagTally),
    ]);
  });
  return p.flushed;
}

/** Reads the rows a delta touches, applies it, and puts the rows that still count or deletes them. */
function writeRows<Row, D>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  delta: Map<string, D>,
  next: (key: string, stored: Row | undefined, d: D) => Row | null,
): PromiseLike<unknown> {
  if (delta.size === 0) return resolved(undefined);
  const keys = [...delta.keys()];
  return table.getMany({ trans, keys }).then((stored: (Row | undefined)[]) => {
    const rows = keys.map((key, i) => next(key, stored[i], delta.get(key)!));
    const puts = rows.filter((r): r is Row & {} => r !== null);
    const deletes = keys.filter((_, i) => rows[i] === null);
    return Dexie.Promise.all([
      puts.length ? table.mutate({ type: 'put', trans, values: puts }) : null,
      deletes.length ? table.mutate({ type: 'delete', trans, keys: deletes }) : null,
    ]);
  });
}

/** "Delete everything" from the annotations: every tally goes with them, nothing to read. */
function clearAll(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  p: Progress,
): PromiseLike<DBCoreMutateResponse> {
  return table.mutate(req).then((res) =>
    Dexie.Promise.all(
      TALLIES.map((t) =>
        down.table(t).mutate({ type: 'deleteRange', trans: req.trans, range: EVERYTHING }),
      ),
    ).then(() => {
      p.pending = emptyDelta();
      p.written.clear();
      p.startedEmpty = resolved(true);
      return res;
    }),
  );
}
