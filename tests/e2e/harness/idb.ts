import type { Worker } from 'playwright-core';
import type { Annotation, Article, ArticleSnapshot, Entity } from '../../../utils/model';

interface ExtensionDb {
  articles: Article[];
  annotations: Annotation[];
  entities: Entity[];
  snapshots: ArticleSnapshot[];
}

/** Reads Gloss's database straight from IndexedDB in the extension's origin, bypassing Gloss's code. */
export async function readExtensionDb(worker: Worker): Promise<ExtensionDb> {
  // A worker that stopped while we asked never answers: fail (expect.poll asks again) rather than hang.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error('The service worker did not answer.')), 10_000)),
  );
  return Promise.race([readAll(worker), timeout]).finally(() => clearTimeout(timer));
}

async function readAll(worker: Worker): Promise<ExtensionDb> {
  return worker.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('gloss');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const result = {
      articles: await all('articles'),
      annotations: await all('annotations'),
      entities: await all('entities'),
      snapshots: await all('snapshots'),
    };
    db.close();
    return result;
  }) as never;
}
