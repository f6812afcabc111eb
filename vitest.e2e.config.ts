import { defineConfig } from 'vitest/config';

/** The end-to-end suite: the built extension in Debian's Chromium. One file at a time: each launches a browser. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // Playwright sometimes never answers a call on a cross-process extension frame (the framed
    // card); such a test is ended after a minute and run once more, and the closing line counts it.
    testTimeout: 60_000,
    retry: 1,
    hookTimeout: 60_000,
  },
});
