/**
 * Section 2, continued: how soon the reader can type. After a toolbar shortcut the card (an
 * extension page framed in the tab) must have the keyboard focus in its note field within half a
 * second (a contract the acceptance runs check). Measured from the keydown's own timestamp in the
 * page to the first frame in which the card's note field holds the focus, on the seed article.
 */
import { launchGloss } from '../tests/e2e/harness/browser';
import type { PageServer } from '../tests/e2e/harness/server';
import { seedHtml } from '../tests/e2e/harness/server';
import { focusedCardField, selectText } from '../tests/e2e/harness/page';
import { median, ms, type Row } from './lib/report';

const SECTION = '2. content script on page load (Chromium, longest corpus page)';
const RUNS = 8;
const GOAL_MS = 500;
const QUOTES = [
  'the launching ceremony',
  'Wang Jun',
  'Shaanxi Federation of Trade Unions',
  'high-quality industrial workers',
];

export async function benchCardFocus(server: PageServer): Promise<Row[]> {
  const gloss = await launchGloss();
  const latencies: number[] = [];
  try {
    const url = server.set('/bench/focus.html', seedHtml());
    for (let run = 0; run < RUNS; run++) {
      const page = await gloss.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => !!document.querySelector('gloss-ui'));
      await page.evaluate(() =>
        document.addEventListener(
          'keydown',
          (e) =>
            ((window as unknown as { __pressed: number }).__pressed =
              performance.timeOrigin + e.timeStamp),
          { capture: true, once: true },
        ),
      );
      await selectText(page, QUOTES[run % QUOTES.length]);
      await page.keyboard.press('Alt+Shift+KeyH');
      // Polled as the e2e suite asks (harness focusedCardField), every 10 ms: within ~20 ms of the truth.
      const deadline = Date.now() + 3000;
      let focusedAt: number | null = null;
      while (focusedAt === null && Date.now() < deadline) {
        if ((await focusedCardField(page)) === 'Note')
          focusedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
        else await page.waitForTimeout(10);
      }
      const pressed = await page.evaluate(
        () => (window as unknown as { __pressed?: number }).__pressed ?? null,
      );
      if (focusedAt !== null && pressed !== null) latencies.push(focusedAt - pressed);
      await page.close();
    }
  } finally {
    await gloss.close();
  }
  const worst = Math.max(...latencies);
  return [
    {
      section: SECTION,
      measurement: `Alt+Shift+H → focus in the card's note field (seed article, ${RUNS} runs)`,
      gloss:
        latencies.length === RUNS
          ? `median ${ms(median(latencies))}, worst ${ms(worst)}`
          : `${latencies.length} of ${RUNS} runs reached the note field`,
      baseline: '— (the contract: within half a second)',
      ratio: `goal ≤ ${GOAL_MS} ms in every run`,
      pass: latencies.length === RUNS && worst <= GOAL_MS,
      data: { latencies },
    },
  ];
}
