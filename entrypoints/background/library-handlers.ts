import { mergeEntities, renameEntity } from '@/utils/store/entities';
import { renameTag } from '@/utils/store/tags';
import { setClaimant } from '@/utils/store/claimant';
import { clearDatabase, importIntoDb } from '@/utils/store/import-into-db';
import type { Handlers } from './handler-context';

/**
 * The library's own changes, for extension pages only: names renamed and merged, tags renamed,
 * claimants set, and the bulk operations (an import in chunks, "delete everything").
 */
export const libraryHandlers: Pick<
  Handlers,
  | 'entity:rename'
  | 'entity:merge'
  | 'tag:rename'
  | 'claim:set-claimant'
  | 'library:import-chunk'
  | 'library:import-commit'
  | 'library:clear'
> = {
  // Pages hold marks, not names: renaming or merging entities changes nothing they paint.
  async 'entity:rename'({ id, name }, ctx) {
    return renameEntity(ctx.db, id, name);
  },
  async 'entity:merge'({ sourceId, targetId }, ctx) {
    return mergeEntities(ctx.db, sourceId, targetId);
  },
  // Tags and claimants live in extension pages only (pages paint marks): nothing to tell the tabs.
  async 'tag:rename'({ from, to }, ctx) {
    return { renamed: await renameTag(ctx.db, from, to) };
  },
  async 'claim:set-claimant'({ id, name, type }, ctx) {
    return setClaimant(ctx.db, id, name, type);
  },
  async 'library:import-chunk'({ importId, chunk }, ctx) {
    return { received: ctx.imports.add(importId, chunk) };
  },
  async 'library:import-commit'({ importId }, ctx) {
    const summary = await importIntoDb(ctx.db, ctx.imports.take(importId));
    ctx.notify();
    return summary;
  },
  async 'library:clear'(_payload, ctx) {
    await clearDatabase(ctx.db);
    ctx.notify();
    return null;
  },
};
