/**
 * Which of a page's tasks are Gloss's. The Long Tasks API says a task was long, not whose it was
 * (and Chromium leaves extension scripts out of long animation frames' script entries), so a
 * window of time around Gloss's work also caught the page's own layout and scripts: with nothing
 * to restore, 54–68 ms "in Gloss's window" were the page laying itself out. A Chromium trace of
 * the page's main thread says both: each task, and inside it the script calls whose source is
 * the extension's (chrome-extension://…).
 */
import type { Page } from 'playwright-core';

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  duration: number;
  /** Time Gloss's scripts ran inside the task (see tasksOf). */
  glossMs: number;
}

/** A task this long is a long task (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

/** What one run's traced tasks say of Gloss: issue 11's goal is judged on it (noTaskFromGloss). */
export interface GlossShare {
  /** The most time Gloss's scripts ran inside one task. */
  glossInOneTaskMs: number;
  /** The longest task Gloss's scripts ran in, whoever made it long (0 when none). */
  longestWithGlossMs: number;
  /** Tasks over 50 ms that Gloss made long: without Gloss's time they would not be. */
  madeLongByGloss: { duration: number; glossMs: number }[];
}

export function glossShare(tasks: readonly TracedTask[]): GlossShare {
  const withGloss = tasks.filter((t) => t.glossMs > 0);
  return {
    glossInOneTaskMs: Math.max(0, ...withGloss.map((t) => t.glossMs)),
    longestWithGlossMs: Math.max(0, ...withGloss.map((t) => t.duration)),
    madeLongByGloss: withGloss
      .filter((t) => t.duration > LONG_TASK_MS && t.duration - t.glossMs <= LONG_TASK_MS)
      .map(({ duration, glossMs }) => ({ duration, glossMs })),
  };
}

/** The goal: no more than 50 ms of Gloss's scripts in one task, and no task Gloss's time made long. */
export const noTaskFromGloss = (share: GlossShare) =>
  share.madeLongByGloss.length === 0 && share.glossInOneTaskMs <= LONG_TASK_MS;

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      processId?: number;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      frames?: { url?: string; processId?: number }[];
    };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];
const SCRIPT_ENTRIES = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'V8.Execute']);
const isGlossScript = (e: TraceEvent) =>
  SCRIPT_ENTRIES.has(e.name) && !!e.args?.data?.url?.startsWith('chrome-extension://');

/** Runs `run` with the page traced; returns its value and the tasks of the page's main thread at least `minMs` long. */
export async function traceTasks<T>(
  page: Page,
  run: () => Promise<T>,
  minMs = 0,
): Promise<{ value: T; tasks: TracedTask[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  const value = await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { value, tasks: tasksOf(events, new URL(page.url()).origin, minMs) };
}

/**
 * The sampling profiler's samples of one thread, each with its time (trace clock, µs) and whether a
 * chrome-extension:// script is on its stack. Samples see what trace events cannot: Gloss's code
 * that runs as promise continuations (microtasks), which the trace files under no script's URL.
 */
function glossSamples(events: TraceEvent[], pid: number): { ts: number; gloss: boolean }[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === pid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  let ts = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node });
    });
  }
  const known = new Map<number, boolean>();
  const isGloss = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    if (!known.has(id)) {
      const node = nodes.get(id);
      known.set(
        id,
        !!node &&
          (node.callFrame.url?.startsWith('chrome-extension://') === true || isGloss(node.parent)),
      );
    }
    return known.get(id)!;
  };
  return samples.map((s) => ({ ts: s.ts, gloss: isGloss(s.node) }));
}

/** Time (µs) of the union of the intervals, clipped to [from, to). */
function coveredUs(intervals: { ts: number; dur?: number }[], from: number, to: number): number {
  let total = 0;
  let covered = -Infinity;
  for (const e of intervals) {
    if (e.ts >= to) break;
    const start = Math.max(e.ts, covered, from);
    const end = Math.min(e.ts + (e.dur ?? 0), to);
    if (end > start) total += end - start;
    covered = Math.max(covered, e.ts + (e.dur ?? 0));
  }
  return total;
}

/**
 * The tasks of the main thread of the renderer that committed a frame of `origin`, each with
 * Gloss's time in it: the larger of its calls into chrome-extension:// scripts (trace events) and
 * its profiler samples with such a script on the stack (each weighed until the next sample).
 */
export function tasksOf(events: TraceEvent[], origin: string, minMs = 0): TracedTask[] {
  // A frame committed while tracing, or one that was there when tracing started.
  const commit = events.find(
    (e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url?.startsWith(origin),
  );
  const present = events
    .flatMap((e) => (e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : []))
    .find((f) => f.url?.startsWith(origin));
  const pid = commit?.args?.data?.processId ?? present?.processId;
  if (pid === undefined) throw new Error(`The trace holds no frame of ${origin}.`);
  const main = events.filter((e) => e.pid === pid && e.tid === pid && e.ph === 'X');
  const calls = main.filter(isGlossScript).sort((a, b) => a.ts - b.ts);
  const samples = glossSamples(events, pid);
  return main
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= minMs)
    .map((task) => {
      const end = task.ts + task.dur!;
      let sampledUs = 0;
      for (let i = 0; i < samples.length - 1; i++)
        if (samples[i].gloss && samples[i].ts >= task.ts && samples[i].ts < end)
          sampledUs += Math.min(samples[i + 1].ts, end) - samples[i].ts;
      const glossUs = Math.max(coveredUs(calls, task.ts, end), sampledUs);
      return { start: task.ts / 1000, duration: task.dur! / 1000, glossMs: glossUs / 1000 };
    });
}
