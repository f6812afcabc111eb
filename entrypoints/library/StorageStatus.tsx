import { useEffect, useState } from 'preact/hooks';

interface Status {
  persisted: boolean | null;
  usage: number | null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Asks the browser to keep Gloss's storage even under disk pressure (navigator.storage.persist)
 * and says, quietly, where the library lives. Whether the browser agreed is a detail for the
 * curious, one click away, not a warning on every open: an export is the real backup either way.
 */
export function StorageStatus({ after }: { after: boolean }) {
  const [status, setStatus] = useState<Status>({ persisted: null, usage: null });
  // Asked only once the library's first rows are read (`after`), when the page is idle: the
  // estimate walks the origin's storage, and at 100,000 annotations it can queue ahead of the rows.
  useEffect(() => {
    const storage = navigator.storage;
    if (!after || !storage?.persist) return;
    const idle = requestIdleCallback(() =>
      (async () => {
        const persisted = (await storage.persisted()) || (await storage.persist());
        const estimate = await storage.estimate?.();
        setStatus({ persisted, usage: estimate?.usage ?? null });
      })().catch(() => setStatus({ persisted: false, usage: null })),
    );
    return () => cancelIdleCallback(idle);
  }, [after]);
  const kept =
    status.persisted === true
      ? 'The browser keeps it even when disk space runs low. Exports are your copy elsewhere.'
      : 'If the disk ever runs nearly full, the browser could remove it; an export keeps a copy elsewhere.';
  return (
    <details class="storage-status hint">
      <summary>
        Stored in this browser only, never sent anywhere
        {status.usage !== null && ` · ${megabytes(status.usage)}`}
      </summary>
      {status.persisted !== null && <p>{kept}</p>}
    </details>
  );
}
