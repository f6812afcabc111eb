/**
 * The bench driver (bundled and started by bench/run.mjs): runs each section, prints one table,
 * saves bench/results/latest.json. Every row carries its baseline, measured in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../tests/e2e/harness/server';
import { benchAnchoring } from './anchoring';
import { benchDatabase } from './database';
import { benchPageLoad } from './page-load';
import { benchFirstAnnotation } from './first-annotation';
import { benchCardFocus } from './card-focus';
import { benchSizes } from './sizes';
import { benchSuggestions } from './suggestions';
import { launchPlain } from './lib/browser';
import { formatTable, machine, type Row } from './lib/report';
import { fromRoot } from './lib/paths';

const SECTIONS = ['anchoring', 'page-load', 'database', 'sizes', 'suggestions'] as const;

export async function main(argv: string[]): Promise<number> {
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? [...SECTIONS];
  const annotations = Number(
    argv.find((a) => a.startsWith('--annotations='))?.slice(14) ?? 100_000,
  );
  const full = only.length === SECTIONS.length && annotations === 100_000;
  const started = Date.now();
  const rows: Row[] = [];
  const server = await startServer();
  const plain = await launchPlain();
  const step = async (name: (typeof SECTIONS)[number], run: () => Promise<Row[]> | Row[]) => {
    if (!only.includes(name)) return;
    const t0 = Date.now();
    console.log(`── ${name} ──`);
    rows.push(...(await run()));
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  };
  try {
    await step('anchoring', () => benchAnchoring(plain, server));
    await step('page-load', async () => [
      ...(await benchPageLoad(plain, server)),
      ...(await benchFirstAnnotation(plain, server)),
      ...(await benchCardFocus(server)),
    ]);
    await step('database', () =>
      benchDatabase({
        annotations,
        articles: Math.max(1, Math.round(annotations / 20)),
        entities: Math.max(2, Math.round(annotations / 50)),
      }),
    );
    await step('sizes', () => benchSizes());
    await step('suggestions', () => benchSuggestions(plain, server));
  } finally {
    await plain.close();
    await server.close();
  }

  const host = machine();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `\nGloss bench — ${host.date.slice(0, 10)} — ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB — ${host.chromium} — Node ${host.node} — ${seconds} s\n`,
  );
  console.log(formatTable(rows));
  const failed = rows.filter((r) => r.pass === false);
  console.log(
    `\n${rows.filter((r) => r.pass === true).length} goals met, ${failed.length} missed${failed.length ? ': ' + failed.map((r) => r.measurement).join('; ') : ''}.`,
  );
  const results = { machine: host, seconds, table: formatTable(rows), rows };
  const file = fromRoot(full ? 'bench/results/latest.json' : 'bench/results/partial.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(`Saved ${path.relative(fromRoot(), file)}`);
  return 0;
}
