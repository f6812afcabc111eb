import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { FILES_THAT_REPLACE_MODULES } from './tests/unit/isolated-files';

const UNIT_FILES = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // Files share a worker's modules and DOM: each test sets up the state it reads (its own
        // database name or a cleared one, a fresh document body), so it needs no fresh registry.
        test: {
          name: 'unit',
          include: UNIT_FILES,
          exclude: FILES_THAT_REPLACE_MODULES,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: FILES_THAT_REPLACE_MODULES, isolate: true },
      },
    ],
  },
});
