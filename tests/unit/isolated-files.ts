/**
 * Unit test files that replace a module with `vi.mock`. Every other unit file shares its worker's
 * module registry and DOM with the files run before it (vitest.config.ts, `isolate: false`): that
 * spared ~2 of the suite's ~3.5 minutes of importing and DOM setup. A replaced module must not leak
 * into a shared registry, so these files run isolated; tests/unit/isolation.test.ts keeps the list
 * complete.
 */
export const FILES_THAT_REPLACE_MODULES = [
  'tests/unit/content/session.test.ts',
  'tests/unit/content/text-map-cache.test.ts',
];
