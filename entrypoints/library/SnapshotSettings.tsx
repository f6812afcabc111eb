import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/utils/errors';
import { loadSettings, updateSettings } from '@/utils/settings';
import { sendToBackground } from '@/utils/protocol/messaging';

/**
 * The article snapshots (README, "Article changes"): whether Gloss keeps the text of each article
 * the reader annotates, to show what the site changed since, and a way to delete those kept.
 */
export function SnapshotSettings() {
  const [keep, setKeep] = useState<boolean | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    loadSettings().then(
      (settings) => setKeep(settings.keepSnapshots),
      (e) => setStatus({ ok: false, text: `Settings could not be read: ${describeError(e)}` }),
    );
  }, []);

  const toggle = async (on: boolean) => {
    try {
      setKeep((await updateSettings({ keepSnapshots: on })).keepSnapshots);
      setStatus({
        ok: true,
        text: on
          ? 'Gloss keeps the text of articles you annotate from now on.'
          : 'Gloss keeps no new snapshots and shows no article changes.',
      });
    } catch (e) {
      setStatus({ ok: false, text: describeError(e) });
    }
  };
  const clear = async () => {
    try {
      const count = await sendToBackground('snapshots:clear', {});
      setStatus({
        ok: true,
        text: count === 1 ? 'Deleted 1 snapshot.' : `Deleted ${count} snapshots.`,
      });
    } catch (e) {
      setStatus({ ok: false, text: `Nothing was deleted: ${describeError(e)}` });
    }
  };

  return (
    <section class="settings snapshots" aria-labelledby="snapshots-title">
      <h3 id="snapshots-title">Article snapshots</h3>
      <label>
        <input
          type="checkbox"
          checked={keep ?? false}
          disabled={keep === null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        Keep a text snapshot of each article I annotate
      </label>
      <small class="hint">
        The article's text as plain paragraphs, kept in this browser, so Gloss can show what the
        site changed since you annotated it.
      </small>
      <button type="button" onClick={() => void clear()}>
        Delete snapshots
      </button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? undefined : 'error'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
