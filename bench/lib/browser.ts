/** Chromium without the extension: the "no Gloss" side of the page-load comparison, and a clean page for anchoring. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // The harness's flags (tests/e2e/harness/browser.ts), minus the extension.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Keeps every request on this machine, as the harness does for the extension's context. */
export async function localOnly(context: BrowserContext) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return /^(data|blob|about):/.test(url) ||
      /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)
      ? route.continue()
      : route.abort();
  });
}
