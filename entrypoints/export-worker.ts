import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GlossDatabase } from '@/utils/store/db';
import { placeHalf, type HalfCommand, type HalfReply } from '@/utils/store/export-half';

/**
 * A dedicated worker the library starts for one whole-library export (utils/store/export-worker-client.ts):
 * it opens the database when told, then reads the later half of the annotations in its own
 * transaction and writes their pieces of the file off the library page's thread
 * (utils/store/export-half.ts). It only reads.
 */
export default defineUnlistedScript(() => {
  const reply = (message: HalfReply) => self.postMessage(message);
  let db: GlossDatabase | undefined;
  let opened: Promise<unknown> = Promise.resolve();
  self.onmessage = async ({ data }: MessageEvent<HalfCommand>) => {
    if (data.kind === 'open') {
      db = new GlossDatabase(data.database);
      opened = db.open();
      return;
    }
    try {
      await opened;
      const placed = await placeHalf(db!, data.request, () => reply({ kind: 'started' }));
      reply({ kind: 'placed', placed });
    } catch (error) {
      reply({ kind: 'failed', error: (error as Error).message ?? String(error) });
    } finally {
      db?.close();
    }
  };
});
