/** One row of the bench table, and how the table and the JSON are made from rows. */
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Row {
  section: string;
  measurement: string;
  /** What Gloss measured, formatted for the table (numbers are in `data`). */
  gloss: string;
  /** What it is compared with, measured in the same run, named. */
  baseline: string;
  /** The ratio and/or the goal it is held to. */
  ratio: string;
  /** null: informational, no goal. */
  pass: boolean | null;
  data?: Record<string, unknown>;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const ms = (x: number): string =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const times = (x: number): string =>
  Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×` : '—';

export function machine() {
  const cpu =
    fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ??
    os.cpus()[0]?.model ??
    'unknown';
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* reported as unknown */
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  };
}

export function formatTable(rows: Row[]): string {
  const head = ['measurement', 'Gloss', 'baseline', 'ratio / goal', 'pass?'];
  const cells = rows.map((r) => [
    r.measurement,
    r.gloss,
    r.baseline,
    r.ratio,
    r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join(' | ');
  const out: string[] = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-')];
  let section = '';
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].section !== section) {
      section = rows[i].section;
      out.push(`[${section}]`);
    }
    out.push(line(cells[i]));
  }
  return out.join('\n');
}
