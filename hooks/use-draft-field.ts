import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A text field that keeps what the reader typed: it follows the stored value only while the reader
 * is not editing, and saves after a pause, on blur, and when the component goes away. If a save
 * fails (quota, validation), the typed text stays in the field for the reader to fix or copy.
 */
export function useDraftField(stored: string, save: (value: string) => void, delayMs = 400) {
  const [value, setValue] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, stored, save });
  latest.current = { value, stored, save };

  useEffect(() => {
    if (!timer.current) setValue(stored);
  }, [stored]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { value: v, stored: s, save: commit } = latest.current;
    if (v !== s) commit(v);
  };
  useEffect(() => () => flush(), []);

  return {
    value,
    onInput: (next: string) => {
      setValue(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    flush,
  };
}
