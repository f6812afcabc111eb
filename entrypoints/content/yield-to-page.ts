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
