import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

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
  // Subscribed in a layout effect, right after the render that asks: preact runs a plain effect
  // after the next frame (or a 35 ms timeout where frames are held back), and every surface's
  // first rows would wait that long before their read even starts.
  useLayoutEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: Error) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
