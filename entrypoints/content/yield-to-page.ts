import type { Slicer } from '@/utils/page/page-snapshot';

/**
 * Ends the current task and resumes in a later one, so the page's queued tasks (input, rendering)
 * run in between: scheduler.yield where the browser has it (its continuation comes before other
 * queued work of ours), else a zero timeout.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Slices of at most `sliceMs`, each started in the next task (yieldToPage), for work the reader is
 * waiting for, which idle time could put off (idleSlicer in utils/page/page-snapshot.ts waits for it).
 */
export function promptSlicer(sliceMs = 8): Slicer {
  let started = performance.now();
  return {
    spent: () => performance.now() - started >= sliceMs,
    next: () => yieldToPage().then(() => void (started = performance.now())),
  };
}
