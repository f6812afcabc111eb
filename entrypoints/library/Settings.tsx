import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/utils/errors';
import {
  loadSettings,
  NO_SETTINGS,
  updateSettings,
  type Settings as SettingsValue,
} from '@/utils/settings';
import { SnapshotSettings } from './SnapshotSettings';

type NameKey = 'readerName' | 'reviewerName' | 'reviewerOrganization';

const FIELDS: { key: NameKey; label: string; hint: string }[] = [
  {
    key: 'readerName',
    label: 'Your name',
    hint: 'The creator of your annotations in the W3C export.',
  },
  {
    key: 'reviewerName',
    label: 'Reviewer name',
    hint: 'The author of your fact-checks in the ClaimReview export.',
  },
  {
    key: 'reviewerOrganization',
    label: 'Reviewer organization',
    hint: 'The fact-checking organization that publishes them, if any.',
  },
];

/** Names the exports put in the files, and the article snapshots; set once, kept in this browser with the library. */
export function Settings({ unverifiedClaims }: { unverifiedClaims: number }) {
  const [value, setValue] = useState<SettingsValue>(NO_SETTINGS);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    loadSettings().then(setValue, (e) =>
      setStatus({ ok: false, text: `Settings could not be read: ${describeError(e)}` }),
    );
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const { readerName, reviewerName, reviewerOrganization } = value;
      setValue(await updateSettings({ readerName, reviewerName, reviewerOrganization }));
      setStatus({ ok: true, text: 'Saved. Exports from now on use these names.' });
    } catch (e) {
      setStatus({ ok: false, text: describeError(e) });
    }
  };

  return (
    <>
      <form class="settings" aria-labelledby="settings-title" onSubmit={save}>
        <h3 id="settings-title">Names in exports</h3>
        {FIELDS.map(({ key, label, hint }) => (
          <label key={key}>
            {label}{' '}
            <input
              type="text"
              maxLength={500}
              value={value[key]}
              onInput={(e) => setValue({ ...value, [key]: e.currentTarget.value })}
            />
            <small class="hint">{hint}</small>
          </label>
        ))}
        <button type="submit">Save names</button>
        {unverifiedClaims > 0 && (
          <p class="hint">
            The ClaimReview export publishes reviewed claims only: {unverifiedClaims} unverified{' '}
            {unverifiedClaims === 1 ? 'claim is' : 'claims are'} left out.
          </p>
        )}
        {status && (
          <p role={status.ok ? 'status' : 'alert'} class={status.ok ? undefined : 'error'}>
            {status.text}
          </p>
        )}
      </form>
      <SnapshotSettings />
    </>
  );
}
