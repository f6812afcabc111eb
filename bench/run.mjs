#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension, bundles the benchmark (TypeScript, via esbuild — the one
 * vite already brings), and runs it in Debian's Chromium. Prints one table and writes
 * bench/results/latest.json. `--no-build` reuses an existing .output/chrome-mv3;
 * `--only=anchoring,page-load,database,sizes` runs a subset (the JSON is then not written).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', '.out');
process.chdir(root);

fs.rmSync(out, { recursive: true, force: true });
const snapshot = path.join(out, 'snapshot');
// The bench runs on its own copy of the build: a `wxt build` started elsewhere in this checkout
// (npm test, npm start) empties .output/chrome-mv3 while it works.
const takeSnapshot = () => {
  try {
    fs.cpSync(
      path.join(root, '.output', 'chrome-mv3'),
      path.join(snapshot, '.output', 'chrome-mv3'),
      { recursive: true },
    );
    return (
      fs.existsSync(path.join(snapshot, '.output', 'chrome-mv3', 'manifest.json')) &&
      fs.existsSync(path.join(snapshot, '.output', 'chrome-mv3', 'background.js'))
    );
  } catch {
    return false;
  }
};
let ready = false;
for (let attempt = 1; attempt <= 3 && !ready; attempt++) {
  if (!process.argv.includes('--no-build')) {
    console.log(attempt === 1 ? '── build ──' : `── build (again: attempt ${attempt}) ──`);
    if (
      spawnSync(path.join(root, 'node_modules', '.bin', 'wxt'), ['build'], { stdio: 'inherit' })
        .status !== 0
    )
      continue;
  }
  fs.rmSync(snapshot, { recursive: true, force: true });
  ready = takeSnapshot();
}
if (!ready) {
  console.error(
    'The extension did not build (or its output vanished: is another build running in this checkout?).',
  );
  process.exit(1);
}

/** The last commit before issue 14 changed utils/suggest ("Suggestions a fact-checker can trust"). */
const PREVIOUS_SUGGEST_COMMIT = '408cebe';

/** Writes utils/suggest (and the entity-name module it imports) as of `commit` under bench/.out/previous. */
function checkoutPrevious(commit) {
  const git = (...args) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const files = git(
    'ls-tree',
    '-r',
    '--name-only',
    commit,
    'utils/suggest',
    'utils/entity-name.ts',
  );
  if (files.status !== 0 || !files.stdout.trim()) return false;
  for (const file of files.stdout.trim().split('\n')) {
    const body = git('show', `${commit}:${file}`);
    if (body.status !== 0) return false;
    fs.mkdirSync(path.dirname(path.join(out, 'previous', file)), { recursive: true });
    fs.writeFileSync(path.join(out, 'previous', file), body.stdout);
  }
  return true;
}

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2022' };
// Code evaluated inside Chromium: in a web page, and in an extension page.
for (const name of ['anchoring-page', 'db-page', 'suggest-page']) {
  await build({
    ...common,
    entryPoints: [`bench/in-page/${name}.ts`],
    outfile: `${out}/${name}.js`,
    format: 'iife',
    platform: 'browser',
  });
}
// The suggestions' baseline: the extractor as it was before issue 14, taken from git history.
if (checkoutPrevious(PREVIOUS_SUGGEST_COMMIT)) {
  // Minified like the extension's own chunk, so its size is comparable; suggest-page.ts finds it by its global name.
  const previous = {
    ...common,
    minify: true,
    entryPoints: [`${out}/previous/utils/suggest/index.ts`],
    format: 'iife',
    platform: 'browser',
    globalName: '__glossPreviousSuggest',
    footer: { js: 'globalThis.__glossPreviousSuggest = __glossPreviousSuggest;' },
  };
  await build({ ...previous, outfile: `${out}/previous-suggest.js` });
} else
  console.warn(
    `Commit ${PREVIOUS_SUGGEST_COMMIT} is not in this checkout's history: the previous extractor's rows are left out.`,
  );
// The driver: Node, with packages (playwright-core) left to node_modules.
await build({
  ...common,
  entryPoints: ['bench/main.ts'],
  outfile: `${out}/main.mjs`,
  format: 'esm',
  platform: 'node',
  packages: 'external',
});

process.env.GLOSS_EXTENSION_DIR = path.join(snapshot, '.output', 'chrome-mv3');
const { main } = await import(pathToFileURL(`${out}/main.mjs`).href);
process.exitCode = await main(process.argv.slice(2));
