import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '@/utils/model';
import { sendToBackground } from '@/utils/protocol/messaging';

const UNDO_WINDOW_MS = 8000;

/**
 * Deletes at once and keeps the deleted record for a few seconds so "Undo" can put it back exactly.
 * Both actions answer whether they succeeded (the side panel moves focus only if so).
 */
export function useUndoableDelete(onError: (message: string) => void) {
  const [pending, setPending] = useState<Annotation | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const remove = async (annotation: Annotation): Promise<boolean> => {
    try {
      const deleted = await sendToBackground('annotation:delete', { id: annotation.id });
      setPending(deleted ?? annotation);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setPending(null), UNDO_WINDOW_MS);
      return true;
    } catch (e) {
      onError((e as Error).message);
      return false;
    }
  };
  const undo = async (): Promise<boolean> => {
    if (!pending) return false;
    try {
      await sendToBackground('annotation:restore', { annotation: pending });
      setPending(null);
      return true;
    } catch (e) {
      onError((e as Error).message);
      return false;
    }
  };
  return { pending, remove, undo };
}
