import { useEffect, useState } from 'preact/hooks';

interface Status {
  persisted: boolean | null;
  usage: number | null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Asks the browser to keep Gloss's storage even under disk pressure (navigator.storage.persist)
 * and shows whether it agreed: a reader's research should not be evicted silently.
 */
export function StorageStatus() {
  const [status, setStatus] = useState<Status>({ persisted: null, usage: null });
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    (async () => {
      const persisted = (await storage.persisted()) || (await storage.persist());
      const estimate = await storage.estimate?.();
      setStatus({ persisted, usage: estimate?.usage ?? null });
    })().catch(() => setStatus({ persisted: false, usage: null }));
  }, []);
  if (status.persisted === null) return null;
  return (
    <p class="storage-status" role="status">
      Storage:{' '}
      {status.persisted
        ? 'persistent — the browser will not clear it on its own'
        : 'best effort — the browser may clear it when disk space runs low; export regularly'}
      {status.usage !== null && ` · ${megabytes(status.usage)} used`}
    </p>
  );
}
