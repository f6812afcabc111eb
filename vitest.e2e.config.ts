import { defineConfig } from 'vitest/config';

/** The end-to-end suite: the built extension in Debian's Chromium. One file at a time: each launches a browser. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
