import type { StartHalfWriter } from './export-reads';
import type { HalfCommand, HalfReply } from './export-half';
import type { Placed } from '../interchange/streamed-export';

/**
 * Part of a whole-library export written in a dedicated worker running `scriptUrl`
 * (entrypoints/export-worker.ts, built to /export-worker.js): one worker per export, started and
 * told to open the database at once, so it is ready when the page's reads have answered; ended once
 * it has answered or been cancelled. The worker is the extension's own script in the extension's
 * origin, so its answers are the extension's, not a web page's.
 */
export function exportWorker(scriptUrl: string): StartHalfWriter {
  return (database) => {
    const worker = new Worker(scriptUrl);
    const send = (command: HalfCommand) => worker.postMessage(command);
    send({ kind: 'open', database });
    return {
      write(request) {
        let markStarted!: () => void;
        const started = new Promise<void>((resolve) => (markStarted = resolve));
        const placed = new Promise<Placed[]>((resolve, reject) => {
          worker.onmessage = ({ data }: MessageEvent<HalfReply>) => {
            if (data.kind === 'started') return markStarted();
            worker.terminate();
            if (data.kind === 'placed') resolve(data.placed);
            else reject(new Error(data.error));
          };
          worker.onerror = (event) => {
            worker.terminate();
            reject(new Error(`The export worker failed: ${event.message}`));
          };
        });
        // A worker that failed after the page gave up on it is no one's concern.
        placed.catch(() => undefined);
        send({ kind: 'write', request });
        return { started, placed };
      },
      cancel: () => worker.terminate(),
    };
  };
}
