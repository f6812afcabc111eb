import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "Saved" stays after an autosave: long enough to be seen, short enough to stay quiet. */
const SAVED_SIGN_MS = 2000;

/**
 * A quiet "Saved" after an autosave (useDraftField saves after a pause and on blur): `saved(promise)`
 * passes the save through and shows the sign for a moment once it succeeded, never when it failed.
 */
export function useSavedSign() {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const track = <T>(save: Promise<T>): Promise<T> =>
    save.then((value) => {
      setShown(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setShown(false), SAVED_SIGN_MS);
      return value;
    });
  return { shown, track };
}
