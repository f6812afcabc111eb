import { route, type RouterEnv } from '../../../entrypoints/background/router';
import type { SenderFacts } from '../../../utils/protocol/sender';
import type { Reply } from '../../../utils/protocol/envelope';
import type { GlossDatabase } from '../../../utils/store/db';
import { createCardTokens } from '../../../utils/protocol/card-tokens';
import { createArrivals } from '../../../utils/protocol/arrivals';
import { createImportStaging } from '../../../utils/store/import-staging';

/** The extension's id and origin in the background's tests: who counts as Gloss itself. */
export const OWN_ID = 'glossextensionidglossextensionid';
export const ORIGIN = `chrome-extension://${OWN_ID}/`;

/**
 * The background's environment over `db`, quiet by default: nobody is notified, no page answers,
 * no article is extracted, snapshots are on. A test overrides what it watches.
 */
export function routerEnv(db: GlossDatabase, overrides: Partial<RouterEnv> = {}): RouterEnv {
  return {
    db,
    ownId: OWN_ID,
    extensionOrigin: ORIGIN,
    notify: () => {},
    showing: () => {},
    imports: createImportStaging(),
    cardTokens: createCardTokens(),
    arrivals: createArrivals(),
    supersede: () => {},
    extract: async () => null,
    pageText: async () => null,
    snapshotsOn: async () => true,
    ...overrides,
  };
}

/** A message as the router gets it from `sender`. */
export const sendWith =
  (env: RouterEnv) =>
  <T = unknown>(sender: SenderFacts, type: string, payload: unknown) =>
    route({ type, payload }, sender, env) as Promise<Reply<T>>;
