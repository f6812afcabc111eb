/**
 * Row 3: the database at library scale, in the extension's origin (the library page, real on-disk
 * IndexedDB in Chromium). Gloss's Dexie code against raw IndexedDB doing the same work.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { launchGloss } from '../tests/e2e/harness/browser';
import { EXPORT_FORMATS } from '../utils/interchange/export-files';
import { isStreamed } from '../utils/interchange/streamed-export';
import { DB_NAME } from '../utils/store/db';
import { ARTICLE_TALLIES } from '../utils/store/tally-middleware';
import type { DbPageApi } from './in-page/db-page';
import { median, ms, times, type Row } from './lib/report';
import { fromRoot } from './lib/paths';

const SECTION = '3. database in the extension (Chromium IndexedDB, on disk)';

type Api = DbPageApi;
function call<K extends keyof Api>(
  page: Page,
  name: K,
  ...args: Parameters<Api[K]>
): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    ([n, a]) =>
      (
        globalThis as never as { __glossDbBench: Record<string, (...x: unknown[]) => unknown> }
      ).__glossDbBench[n as string](...(a as unknown[])),
    [name, args] as const,
  ) as never;
}

/**
 * With the library open, another extension page changes the note of the newest claim (the first
 * row of the claims table) through the background, `runs` times: milliseconds from the message
 * sent to the new note in the library's DOM, both read on the clock extension pages share.
 */
async function libraryReflectsEdits(
  context: BrowserContext,
  extensionId: string,
  writer: Page,
  runs: number,
): Promise<number[]> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.locator('table.claims tbody tr').first();
  await librarySettled(library);
  const id = (await row.getAttribute('data-annotation-id'))!;
  const result: number[] = [];
  for (let i = 0; i < runs; i++) {
    const note = `Checked against the register, pass ${i} (${Date.now()})`;
    await library.evaluate((text) => {
      (globalThis as unknown as { __shown: Promise<number> }).__shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('table.claims tbody tr .note')?.textContent !== text) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => resolve(Number.NaN), 30_000);
      });
    }, note);
    const sent = await call(writer, 'changeNote', id, note);
    const shown = await library.evaluate(
      () => (globalThis as unknown as { __shown: Promise<number> }).__shown,
    );
    result.push(shown - sent);
  }
  await library.close();
  return result;
}

/**
 * Waits until an open library has read its other sections (people and organizations, claims, and
 * the counts read in idle time after them). A closed page's IndexedDB requests still run to their
 * end, so the next open or edit measured straight after would wait behind them: not what a reader
 * who opens the library once, then works in it, sees.
 */
async function librarySettled(library: Page) {
  await library.locator('.entity-list li').first().waitFor({ timeout: 120_000 });
  await library.locator('table.claims tbody tr').first().waitFor({ timeout: 120_000 });
  await library.waitForTimeout(1500);
}

/** Navigation start → DOMContentLoaded of a page, on its own clock, `runs` times. */
async function openTimes(context: BrowserContext, url: string, runs = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await context.newPage();
    await p.goto(url, { waitUntil: 'load' });
    times.push(
      await p.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventEnd,
      ),
    );
    await p.close();
  }
  return times;
}

/**
 * The floor under the library's first rows: a blank extension page (card.html) whose first script,
 * before the page has parsed, opens Gloss's database with raw IndexedDB and reads what the library's
 * first rows need (the articles' count, the 50 newest by savedAt, their tallies), in one
 * transaction; on the page's clock, navigation start → the read complete. No Dexie, no UI.
 */
async function rawFirstRowsTimes(context: BrowserContext, extensionId: string, runs = 5) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await context.newPage();
    await p.addInitScript(
      ({ name, tallies }) => {
        const done = new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', tallies], 'readonly');
            const articles = tx.objectStore('articles');
            articles.count();
            const urls: string[] = [];
            const cursor = articles.index('savedAt').openCursor(null, 'prev');
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c && urls.length < 50) {
                urls.push((c.value as { url: string }).url);
                c.continue();
              } else for (const url of urls) tx.objectStore(tallies).get(url);
            };
            tx.oncomplete = () => resolve(performance.now());
            tx.onerror = () => reject(tx.error);
          };
        });
        (globalThis as unknown as { __rawFirstRows: Promise<number> }).__rawFirstRows = done;
      },
      { name: DB_NAME, tallies: ARTICLE_TALLIES },
    );
    await p.goto(`chrome-extension://${extensionId}/card.html`, { waitUntil: 'load' });
    times.push(
      await p.evaluate(
        () => (globalThis as unknown as { __rawFirstRows: Promise<number> }).__rawFirstRows,
      ),
    );
    await p.close();
  }
  return times;
}

/**
 * The library opened five times (its median moved 390–550 ms between runs of three on this
 * machine; the edit row already took five): on the page's own clock, navigation start → the first article
 * row in the DOM (a MutationObserver set before the page's scripts run, so the automation's
 * polling adds nothing), and when its DOM was ready.
 */
async function libraryOpens(context: BrowserContext, extensionId: string) {
  const opens: { firstRow: number; domReady: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const library = await context.newPage();
    await library.addInitScript(() => {
      const seen = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('table.articles tbody tr')) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { subtree: true, childList: true });
      });
      (globalThis as unknown as { __firstRow: Promise<number> }).__firstRow = seen;
    });
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await library.locator('table.articles tbody tr').first().waitFor({ timeout: 120_000 });
    opens.push(
      await library.evaluate(async () => ({
        firstRow: await (globalThis as unknown as { __firstRow: Promise<number> }).__firstRow,
        domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
      })),
    );
    await librarySettled(library);
    await library.close();
  }
  return opens;
}

export async function benchDatabase(scale: {
  annotations: number;
  articles: number;
  entities: number;
}): Promise<Row[]> {
  const n = scale.annotations.toLocaleString('en-US');
  const gloss = await launchGloss();
  try {
    // An extension page that watches nothing: the library page would re-read and re-render on every
    // write below (tab -1 makes the popup say it cannot reach a page, and read no data).
    const page = await gloss.context.newPage();
    await page.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=-1`);
    await page.waitForLoadState('load');
    await page.evaluate(fs.readFileSync(fromRoot('bench/.out/db-page.js'), 'utf8'));
    await call(page, 'deleteAll');
    const generated = await call(page, 'generate', scale);
    const mb = `${(generated.jsonBytes / 2 ** 20).toFixed(0)} MB`;
    console.log(`  generated ${n} annotations over ${scale.articles} articles (${mb} of JSON)`);

    let rawMs = await call(page, 'rawInsert', 'gloss-bench-raw');
    console.log(`  raw insert ${ms(rawMs)}`);
    const insertMs = await call(page, 'glossInsert', 'gloss-bench-main');
    console.log(`  Gloss import path ${ms(insertMs)}`);
    const stored = await call(page, 'count', 'gloss-bench-main');

    const one = await call(page, 'oneArticle', 'gloss-bench-main', 'gloss-bench-raw', 51);
    const search: { ms: number; readMs: number; viewMs: number; matches: number }[] = [];
    const rawRead: number[] = [];
    const previous: { ms: number; readMs: number; viewMs: number }[] = [];
    const queries: Awaited<ReturnType<Api['libraryQueries']>>[] = [];
    for (let i = 0; i < 3; i++) {
      rawRead.push(await call(page, 'rawReadAll', 'gloss-bench-raw', false));
      search.push(await call(page, 'librarySearch', 'gloss-bench-main'));
      previous.push(await call(page, 'previousLibraryView', 'gloss-bench-main'));
      queries.push(await call(page, 'libraryQueries', 'gloss-bench-main'));
    }
    const previousMs = median(previous.map((p) => p.ms));
    const query = (k: keyof (typeof queries)[number]) => median(queries.map((q) => q[k]));
    console.log(
      `  previous library view (read all + derive) ${previous.map((p) => ms(p.ms)).join(', ')}`,
    );
    // Where the import's extra time goes, and a second floor measurement (the first ran on a fresher disk).
    const diagnosis = await call(page, 'diagnoseImport', 'gloss-bench-probe');
    const rawAgainMs = await call(page, 'rawInsert', 'gloss-bench-raw2');
    const fileBytes = await call(page, 'makeFile');
    // From here the page holds the import file, not the 100,000 generated records as well, as a
    // reader's library page would: building an export or parsing the file beside a few hundred MB of
    // other live objects made their garbage collection 2–3× slower from one run to the next (the
    // parse 1.9–5.5 s, the Markdown export 2.7–5.4 s).
    await call(page, 'releaseRecords');
    // Into Gloss's own database, so the library page can be opened on it later. Imported before the
    // exports are built, and the file let go, for the same reason: a reader exporting from the
    // library does not hold a 100 MB import file (the W3C build took 3 s beside it, ~1 s without).
    const imported = await call(page, 'importFile', 'gloss');
    if (!imported.ok)
      throw new Error(`The bench's own Gloss file did not import: ${imported.error}`);
    console.log(`  import file ${ms(imported.ms)}`);
    // The import's own floor: the records it parsed, put by raw IndexedDB right after it, with the
    // same databases already on disk and the same file held. The first floor ran on a fresher disk:
    // the two floors above differed by up to 21 % in one run (27.4 s, then 33.3 s), the import
    // coming last, after three other databases of 100,000 records each had been written.
    const rawBesideImportMs = await call(page, 'rawInsert', 'gloss-bench-raw3');
    console.log(`  raw insert beside the import ${ms(rawBesideImportMs)}`);
    // Deleted at once: the origin's databases share one store on disk, and 100,000 more records
    // there could slow the reads measured next.
    await call(page, 'deleteOne', 'gloss-bench-raw3');
    await call(page, 'releaseRecords');
    await call(page, 'releaseFile');
    // Three rounds over the formats, round-robin so garbage left by one format falls on all alike; median per format.
    // The floor is measured in each round too, in the same heap as the exports: measured once, it
    // moved with the host as much as the exports did (3.3 s in one run, 7.3 s in another).
    const floors: number[] = [];
    // The formats written while read (utils/interchange/streamed-export.ts) also run the previous
    // way, read everything then build, interleaved with them: the gain measured in the same heap.
    const exportRuns: Record<string, { ms: number; bytes: number }[]> = {};
    const previousRuns: Record<string, number[]> = {};
    for (let round = 0; round < 3; round++) {
      floors.push(await call(page, 'rawReadAll', 'gloss-bench-raw', true));
      for (const format of EXPORT_FORMATS) {
        (exportRuns[format] ??= []).push(await call(page, 'exportAll', 'gloss-bench-main', format));
        if (isStreamed(format))
          (previousRuns[format] ??= []).push(
            (await call(page, 'exportReadThenBuild', 'gloss-bench-main', format)).ms,
          );
      }
    }
    const floor = median(floors);
    console.log(`  raw read + JSON.stringify (the exports' floor) ${floors.map(ms).join(', ')}`);
    const exports = Object.fromEntries(
      EXPORT_FORMATS.map((f) => [f, [...exportRuns[f]].sort((a, b) => a.ms - b.ms)[1]]),
    ) as Record<string, { ms: number; bytes: number }>;
    for (const format of EXPORT_FORMATS)
      console.log(
        `  export ${format} ${exportRuns[format].map((r) => ms(r.ms)).join(', ')}${previousRuns[format] ? `; read, then build ${previousRuns[format].map(ms).join(', ')}` : ''}`,
      );
    console.log(
      `  import diagnosis: bulkGet of incoming ids ${ms(diagnosis.existingReadMs)}, unchunked Dexie bulkPut ${ms(diagnosis.oneCallPutMs)}, raw again ${ms(rawAgainMs)}`,
    );
    // The library is opened as a reader would open it: Gloss's database holds the 100,000, and no
    // other page holds the bench's generated copy (see release()).
    await call(page, 'release');
    await page.reload({ waitUntil: 'load' });
    await page.evaluate(fs.readFileSync(fromRoot('bench/.out/db-page.js'), 'utf8'));
    const blank = await openTimes(
      gloss.context,
      `chrome-extension://${gloss.extensionId}/card.html`,
    );
    const opens = await libraryOpens(gloss.context, gloss.extensionId);
    const rawFirstRows = await rawFirstRowsTimes(gloss.context, gloss.extensionId);
    console.log(
      `  raw IndexedDB read of the first rows from a blank extension page, navigation → read ${rawFirstRows.map(ms).join(', ')}`,
    );
    const libraryOpen = opens.map((o) => o.firstRow);
    console.log(
      `  library page open, navigation → first row (page clock) ${opens.map((o) => `${ms(o.firstRow)} (DOM ready ${ms(o.domReady)})`).join(', ')}; an extension page that reads nothing (card.html), navigation → DOM ready ${blank.map(ms).join(', ')}`,
    );
    const edits = await libraryReflectsEdits(gloss.context, gloss.extensionId, page, 5);
    console.log(`  library reflects a note changed by another page ${edits.map(ms).join(', ')}`);
    await call(page, 'deleteAll');

    const rawFirstMs = rawMs;
    rawMs = (rawFirstMs + rawAgainMs) / 2;
    const searchMs = median(search.map((s) => s.ms));
    const rawReadMs = median(rawRead);
    const rows: Row[] = [
      {
        section: SECTION,
        measurement: `bulk insert ${n} annotations / ${scale.articles} articles (importIntoDb)`,
        gloss: `${ms(insertMs)} (${stored.toLocaleString('en-US')} stored)`,
        baseline: `raw IDB, 1 tx of put(): ${ms(rawMs)} (mean of 2)`,
        ratio: times(insertMs / rawMs),
        pass: null,
        data: {
          ...scale,
          jsonBytes: generated.jsonBytes,
          glossMs: insertMs,
          rawMs,
          rawRuns: [rawFirstMs, rawAgainMs],
          stored,
          diagnosis,
        },
      },
      {
        section: SECTION,
        measurement: `one article's annotations at ${n} (where articleUrl)`,
        gloss: `${ms(one.glossMs)} median, ${ms(one.glossMax)} max, ${one.rowsPerArticle} rows`,
        baseline: `raw index.getAll(): ${ms(one.rawMs)}`,
        ratio: `${times(one.glossMs / one.rawMs)}; goal ≤ 10 ms`,
        pass: one.glossMs <= 10,
        data: one,
      },
      {
        section: SECTION,
        measurement: `library open at ${n} annotations to first rows (navigation → first article row in the DOM, page clock)`,
        gloss: `${ms(median(libraryOpen))} median of ${libraryOpen.length} (DOM ready ${ms(median(opens.map((o) => o.domReady)))})`,
        baseline: `an extension page that reads nothing: DOM ready ${ms(median(blank))}; the same page reading the first rows by raw IndexedDB: ${ms(median(rawFirstRows))}; previous: read all + derive view ${ms(previousMs)} (before page load and render); raw getAll() ×3 stores ${ms(median(rawRead))}`,
        ratio: `${times(previousMs / median(libraryOpen))} less, ${times(median(libraryOpen) / median(rawFirstRows))} the raw read's; goal ≤ 500 ms`,
        pass: median(libraryOpen) <= 500,
        data: { runs: opens, blankPage: blank, rawFirstRows, previous, rawRead },
      },
      {
        section: SECTION,
        measurement: `library reflects one edit at ${n} (note changed by another page → shown)`,
        gloss: `${ms(median(edits))} median of ${edits.length}`,
        baseline: `previous: re-read all + derive view ${ms(previousMs)}`,
        ratio: `${times(previousMs / median(edits))} less; goal ≤ 500 ms`,
        pass: median(edits) <= 500,
        data: { runs: edits },
      },
      {
        section: SECTION,
        measurement: `  diagnosis: the library's reads at ${n}, 50 rows a section (in page)`,
        gloss: `articles ${ms(query('articlesMs'))}, entities ${ms(query('entitiesMs'))}, claims ${ms(query('claimsMs'))} (their count ${ms(query('claimCountMs'))}, apart); after first rows: sites ${ms(query('sitesMs'))}, unverified claims ${ms(query('unverifiedMs'))}, tags ${ms(query('tagsMs'))}`,
        baseline: `raw getAll() ×3 stores: ${ms(median(rawRead))}`,
        ratio: '',
        pass: null,
        data: { queries },
      },
      {
        section: SECTION,
        measurement: `library search over ${n} (read all + buildLibraryView)`,
        gloss: `${ms(searchMs)} (read ${ms(median(search.map((s) => s.readMs)))} + view ${ms(median(search.map((s) => s.viewMs)))}), ${search[0].matches} hits`,
        baseline: `raw getAll() ×3 stores: ${ms(rawReadMs)}`,
        ratio: times(searchMs / rawReadMs),
        pass: null,
        data: { search, rawRead },
      },
      ...EXPORT_FORMATS.map((format): Row => {
        const e = exports[format];
        return {
          section: SECTION,
          measurement: `export ${format} of ${n} (exportFile, as the export button)`,
          gloss: `${ms(e.ms)} median of 3, ${(e.bytes / 2 ** 20).toFixed(1)} MB`,
          baseline: `raw getAll + JSON.stringify: ${ms(floor)} median of 3${previousRuns[format] ? `; read all, then build: ${ms(median(previousRuns[format]))}` : ''}`,
          ratio: `${times(e.ms / floor)}; goal ≤ 4 s`,
          pass: e.ms <= 4000,
          data: {
            ...e,
            floorMs: floor,
            floorRuns: floors,
            runs: exportRuns[format],
            readThenBuildRuns: previousRuns[format],
          },
        };
      }),
      {
        section: SECTION,
        measurement: `import ${n}-annotation Gloss JSON (parseImport + importIntoDb)`,
        gloss: `${ms(imported.ms)} (parse ${ms(imported.parseMs)} + write ${ms(imported.writeMs)})`,
        baseline: `raw IDB put() of the same records, right after: ${ms(rawBesideImportMs)} (the two earlier floors: ${ms(rawMs)} mean)`,
        ratio: `${times(imported.ms / rawBesideImportMs)}; goal ≤ 1.2×`,
        pass: imported.ms <= 1.2 * rawBesideImportMs,
        data: { ...imported, fileBytes, rawBesideImportMs, rawMs, diagnosis },
      },
      {
        section: SECTION,
        measurement: `  diagnosis: Dexie bulkPut of the ${n}, unchunked, 1 tx`,
        gloss: `${ms(diagnosis.oneCallPutMs)}; merge reads (bulkGet of incoming ids) ${ms(diagnosis.existingReadMs)}`,
        baseline: `raw IDB put(): ${ms(rawMs)}`,
        ratio: times(diagnosis.oneCallPutMs / rawMs),
        pass: null,
        data: diagnosis,
      },
    ];
    return rows;
  } finally {
    await gloss.close();
  }
}
