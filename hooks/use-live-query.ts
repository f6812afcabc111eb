import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Preact binding for Dexie's liveQuery (dexie-react-hooks is React-only): the component re-renders
 * when any write — from this page, the background or another tab — changes what the query read.
 * `undefined` while the first result is pending; errors surface as thrown `error`.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: unknown[],
): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null }>({
    value: undefined,
    error: null,
  });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: Error) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
