/// <reference types="vite/client" />
import type { ImportResult } from '@/utils/interchange/import';
// Vite bundles the worker as a chunk of its own (the `new URL(…, import.meta.url)` form is
// rewritten by WXT's build before Vite can see it).
import ImportWorker from './import-worker?worker';

/** parseImport in a worker (see import-worker.ts); one worker per file, ended when it answers. */
export function parseInWorker(file: File): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new ImportWorker();
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import worker failed.'));
    };
    worker.postMessage(file);
  });
}
