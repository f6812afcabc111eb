import { route, type RouterEnv } from '../../../entrypoints/background/router';
import type { SenderFacts } from '../../../utils/protocol/sender';
import type { Reply } from '../../../utils/protocol/envelope';
import type { GlossDatabase } from '../../../utils/store/db';
import { createCardTokens } from '../../../utils/protocol/card-tokens';
import { createArrivals } from '../../../utils/protocol/arrivals';
import { createImportStaging } from '../../../utils/store/import-staging';
import { extractArticleFromHtml } from '../../../utils/page/article-from-html';
import { JSDOM, VirtualConsole } from 'jsdom';
import { annotation, article, entity, freshDb } from './db';

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

export const VICTIM = 'https://victim-news.example/2024/05/story';
export const VICTIM_CANON = 'https://victim-news.example/story';
export const EVIL = 'https://evil.example/copy-of-story';

export const POPUP: SenderFacts = { id: OWN_ID, url: `${ORIGIN}popup.html` };
export const LIBRARY: SenderFacts = { id: OWN_ID, url: `${ORIGIN}library.html` };
export const onPage = (url: string, tabId = 7): SenderFacts => ({ id: OWN_ID, url, tabId });

export function setupRouter() {
  const db = freshDb();
  const notified: (string | undefined)[] = [];
  const notifiedExcept: (string | null)[] = [];
  const shown: string[] = [];
  const superseded: string[] = [];
  const env = routerEnv(db, {
    notify: (url, except) => {
      notified.push(url);
      notifiedExcept.push(except ? `${except.tabId}:${except.frameId}` : null);
    },
    showing: (frame, urls) => shown.push(`${frame.tabId}:${frame.frameId} ${urls.join(' ')}`),
    supersede: (tabId, frameId, instance) => superseded.push(`${tabId}:${frameId}:${instance}`),
    // What the offscreen document (Firefox: the background page) runs, with jsdom's DOMParser.
    extract: async (html, url) =>
      extractArticleFromHtml(
        html,
        url,
        new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser(),
      ),
    // pageText keeps its default: no page answers with its text here (article-changes.test.ts has one).
  });
  const send = sendWith(env);
  return { db, env, notified, notifiedExcept, shown, send, superseded };
}

/** The victim's article, annotated by the reader: a note, a person and a claim. */
export async function seedVictim(db: GlossDatabase) {
  const wang = entity('person', 'Wang Jun', 'wang jun', { id: 'wang' });
  await db.entities.add(wang);
  await db.articles.add(article(VICTIM, { canonicalUrl: VICTIM_CANON, title: 'The victim story' }));
  const secret = annotation(VICTIM, { id: 'v-note', note: 'My private doubts about this source' });
  const mention = annotation(VICTIM, {
    id: 'v-wang',
    type: 'person',
    entityId: 'wang',
    quote: 'Wang Jun',
  });
  await db.annotations.bulkAdd([secret, mention]);
  return { secret, mention, wang };
}

export const errorOf = (reply: Reply<unknown>) => {
  if (reply.ok) throw new Error(`expected a refusal, got ${JSON.stringify(reply.value)}`);
  return reply.error;
};
