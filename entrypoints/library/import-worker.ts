/// <reference lib="webworker" />
import { parseImport } from '@/utils/interchange/import';

/**
 * Reads and validates an import file off the library page's main thread: a 100 MB export takes
 * seconds to parse and check, and the page must stay responsive (and show progress) meanwhile.
 */
self.onmessage = async (event: MessageEvent<File>) => {
  try {
    self.postMessage(parseImport(await event.data.text()));
  } catch (error) {
    self.postMessage({
      ok: false,
      errors: [{ path: '', message: `The file could not be read: ${(error as Error).message}` }],
    });
  }
};
