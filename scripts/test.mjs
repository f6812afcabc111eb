#!/usr/bin/env node
/**
 * The one test command (`npm test`, called by .ci/run): lints and type-checks, builds the extension, runs the unit suite
 * (vitest) and the end-to-end suite (the built extension in Debian's Chromium), and ends with one
 * plain line `N passed, N failed, N skipped`. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-test-'));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) =>
  spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  }).status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function suite(name, args) {
  const report = path.join(tmp, `${name}.json`);
  console.log(`\n── ${name} ──`);
  const status = run(bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!fs.existsSync(report)) {
    console.error(`${name}: vitest wrote no report (exit ${status}).`);
    totals.failed += 1;
    broken = true;
    return;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  // A file that fails to load counts as a failure even when no test inside it ran.
  const failedFiles = r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  );
  totals.failed += failedFiles.length;
  if (status !== 0 && r.numFailedTests === 0 && failedFiles.length === 0) broken = true;
}

// The linter keeps the layers apart (eslint.config.js: the page's world and components never reach
// the database, extension pages never import its writers) and catches what the type checker does
// not; each problem counts as a failure.
console.log('── lint ──');
if (run(bin('eslint'), ['--max-warnings', '0', '.']) !== 0) {
  console.error('The linter found problems (npm run lint).');
  totals.failed += 1;
}
if (run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) !== 0) {
  console.error('Some files are not formatted (npm run format).');
  totals.failed += 1;
}
if (run(bin('tsc'), ['--noEmit', '-p', '.']) !== 0) {
  console.error('The type checker found problems (npm run typecheck).');
  totals.failed += 1;
}

console.log('── build ──');
if (run(bin('wxt'), ['build']) !== 0) {
  console.error('The extension did not build.');
  totals.failed += 1;
  broken = true;
} else {
  suite('unit', []);
  suite('e2e', ['-c', 'vitest.e2e.config.ts']);
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
