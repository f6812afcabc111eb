import { useState } from 'preact/hooks';
import type { GlossDatabase } from '@/utils/store/db';
import { buildExportFile } from '@/utils/interchange/export-files';
import { readExportData } from '@/utils/store/export-reads';
import { downloadText } from '@/utils/interchange/download';
import { sendToBackground } from '@/utils/protocol/messaging';
import { describeError } from '@/utils/errors';

/** "Delete everything", behind a confirmation that offers an export first. */
export function DangerZone({ db }: { db: GlossDatabase }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const exportFirst = async () => {
    const file = buildExportFile('gloss', await readExportData(db), null);
    downloadText(file.filename, file.text, file.mime);
  };
  const clear = async () => {
    try {
      await sendToBackground('library:clear', {});
      setMessage('Your library is empty.');
    } catch (error) {
      setMessage(`Nothing was deleted: ${describeError(error)}`);
    }
    setConfirming(false);
  };

  return (
    <div class="danger-zone">
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      ) : (
        <div
          role="alertdialog"
          aria-labelledby="clear-title"
          aria-describedby="clear-desc"
          class="confirm"
        >
          <h3 id="clear-title">Delete every article, annotation and entity?</h3>
          <p id="clear-desc">This cannot be undone. Export your library first to keep a copy.</p>
          <button type="button" onClick={() => void exportFirst()}>
            Export JSON first
          </button>{' '}
          <button type="button" class="danger" onClick={() => void clear()}>
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
