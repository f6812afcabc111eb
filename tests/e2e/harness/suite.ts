import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGloss, type Gloss } from './browser';
import { startServer, type PageServer } from './server';
import { waitForGloss } from './page';

export interface GlossSuite {
  readonly gloss: Gloss;
  readonly server: PageServer;
  /** Opens a page in the browser with Gloss; by default waits until Gloss's UI is mounted in it. */
  open(url: string, options?: { waitForGloss?: boolean }): Promise<Page>;
}

/**
 * One page server and one Chromium with the built extension for a test file. When the file ends,
 * checks that no request left this machine — Gloss makes none, and the test pages are served
 * with a policy that keeps theirs local too.
 */
export function useGlossSuite(setup: (server: PageServer) => void = () => {}): GlossSuite {
  let gloss: Gloss | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    setup(server);
    gloss = await launchGloss();
  });
  afterAll(async () => {
    const outbound = gloss?.outbound ?? [];
    await gloss?.close();
    await server?.close();
    expect(outbound).toEqual([]);
  });
  return {
    get gloss() {
      return gloss!;
    },
    get server() {
      return server!;
    },
    async open(url, { waitForGloss: wait = true } = {}) {
      const page = await gloss!.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      if (wait) await waitForGloss(page);
      return page;
    },
  };
}
