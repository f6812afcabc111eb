import { defineConfig } from 'vitest/config';

/** The end-to-end suite: the built extension in Debian's Chromium. One file at a time: each launches a browser. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // No retries: tests share a browser profile, so a second attempt would see the first one's data.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits for what the reader would see, not for a deadline: how soon is npm run bench's
    // question (card focus, restore). vitest's 1 s default failed on a loaded machine while the
    // same focus arrived moments later; 5 s still fails a behaviour that never comes.
    expect: { poll: { timeout: 5_000 } },
  },
});
