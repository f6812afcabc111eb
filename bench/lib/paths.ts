import path from 'node:path';

/** The checkout (bench/run.mjs runs the bench from a snapshot of the build, so not process.cwd()). */
export const ROOT = process.env.GLOSS_BENCH_ROOT ?? process.cwd();
export const fromRoot = (...parts: string[]) => path.join(ROOT, ...parts);
