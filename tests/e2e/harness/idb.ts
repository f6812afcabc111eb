import type { Worker } from 'playwright-core';
import type { Annotation, Article, Entity } from '../../../utils/model';

/** Reads Gloss's database straight from IndexedDB in the extension's origin, bypassing Gloss's code. */
export async function readExtensionDb(worker: Worker): Promise<{ articles: Article[]; annotations: Annotation[]; entities: Entity[] }> {
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
    const result = { articles: await all('articles'), annotations: await all('annotations'), entities: await all('entities') };
    db.close();
    return result;
  }) as never;
}
