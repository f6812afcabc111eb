import path from 'node:path';

/** The checkout: bench/run.mjs runs from it (the build itself is a snapshot, see GLOSS_EXTENSION_DIR). */
export const ROOT = process.cwd();
export const fromRoot = (...parts: string[]) => path.join(ROOT, ...parts);
