import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The built extension; the benchmark points this at a snapshot so a concurrent build cannot empty it. */
export const EXTENSION_DIR =
  process.env.GLOSS_EXTENSION_DIR ?? path.resolve(process.cwd(), '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Gloss {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that tried to leave this machine (anything but loopback, the extension, data: and blob:). */
  outbound: { url: string; from: string }[];
  tabIdOf(page: Page): Promise<number>;
  openPopup(page: Page): Promise<Page>;
  /** The side panel about `page`'s tab, opened as a page of its own (sidepanel.html?tab=<id>). */
  openSidePanel(page: Page): Promise<Page>;
  openLibrary(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, in a throwaway profile. */
export async function launchGloss(): Promise<Gloss> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`,
    );
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`,
    );
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const outbound: Gloss['outbound'] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (
      /^(chrome-extension|data|blob|about):/.test(url) ||
      /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)
    )
      return route.continue();
    const frame = route.request().frame?.();
    outbound.push({ url, from: frame ? frame.url() : 'service worker' });
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const gloss: Gloss = {
    context,
    extensionId,
    // An MV3 service worker stops when idle and a new one starts on the next event: always the live one.
    get worker() {
      return context.serviceWorkers()[0] ?? worker;
    },
    outbound,
    async tabIdOf(page) {
      const url = page.url();
      const id = await gloss.worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async openPopup(page) {
      const tabId = await gloss.tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async openSidePanel(page) {
      const tabId = await gloss.tabIdOf(page);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    },
    async openLibrary() {
      const library = await context.newPage();
      await library.goto(`chrome-extension://${extensionId}/library.html`);
      return library;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return gloss;
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
