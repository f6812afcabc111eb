#!/usr/bin/env node
/**
 * Rebuilds held-out-23's texts (issue 14's suggestions): `node scripts/fetch-goose-texts.mjs [--out <dir>]`.
 *
 * The texts are third-party copies, never committed; the bench (bench/lib/corpus.ts, TEXT_PAGE_DIRS)
 * reads them from `<out>/blind23-pages/<page>/article.txt` (out defaults to the repository's parent).
 * Each is the `CleanedText` string of one test of GoOse (github.com/advancedlogic/GoOse, Apache-2.0),
 * the article text its authors accepted for a page saved in 2015, as Debian ships it in
 * `crawler_test.go` of the package below (Debian leaves the saved pages out). This downloads the
 * package with `apt-get download` into a temporary folder, unpacks it with `dpkg-deb -x`, decodes the
 * mapped tests' Go string literals, checks each text's sha256 and writes it. It never writes inside
 * the repository. No dependencies: Node, apt-get, dpkg-deb (Debian).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'golang-github-advancedlogic-goose-dev=0.0~git20210820.9d5822d+ds-2';
const TEST_FILE = 'usr/share/gocode/src/github.com/advancedlogic/GoOse/crawler_test.go';
const TEST_FILE_SHA256 = '210fd27bb33d07dead07cac8e5a4dae7bdbdce0c739735ace29a3e6a88e76471';

/** Page name → the test whose text it is, and the text's sha256. */
const PAGES = {
  'hx-rt-1': ['Test_Dev4510c', '82baeb902772627d9778aceead472ed5bced98248e5082a27aef9a326fdf451b'],
  'hx-techcrunch-1': [
    'Test_TechCrunchCom',
    'f648e292b9641fb9bec4e21ef6ac8c61f33d8ea8a8275f729c03c55b5548cbc1',
  ],
  'hx-bbc-1': ['Test_BbcCoUk', 'cda8127132fe622859401f9af56f0b0c4a25c883b13f44d63488e6aa7a258c67'],
  'hx-nytimes-1': [
    'Test_NyTimesCom',
    '0645241e8f56b171979463da19da16a11d574aa7b31d6f3ea8bc278a2e244663',
  ],
  'hx-businessinsider-1': [
    'Test_businessInsiderCom',
    '357c123283bd2bcf375ee01267d2a193f2c238c624ddf2c13cb24d1fce8f333e',
  ],
  'hx-bloomberg-1': [
    'Test_BloombergCom',
    '2a890a42f89cc9f6d4fe439abf6fea38850489b3e971cf2ce15358cfa99a737d',
  ],
  'hx-abcnews-1': [
    'Test_AbcNewsGoCom',
    '154963dc03e7e5450f573d341de0550576990a96304203f969765b718ada029c',
  ],
  'hx-bizjournals-1': [
    'Test_BizJournalsCom',
    'bc0fe7e38392696ae91145f5fa72fed1e70c7626f295e28cd5261cb950e4a7ad',
  ],
  'hx-theguardian-1': [
    'Test_TheGuardianCom',
    '650ef11c5e0fd3703506232842d439b541e5e469a0831aac97a1b3a533501f3b',
  ],
  'hx-yahoo-1': [
    'Test_YahooCom',
    'ef2dcd1b3ef1fb7671153fd9f3a18728709b20076cd322ae4c480f6ec8cfa3e1',
  ],
  'hx-foxnews-1': [
    'Test_FoxNewsCom',
    '2664c59a7441ec8c4cd9c4c62833e2ab732af328e6c00dd8e934516f292aa469',
  ],
  'hx-cnn-1': ['Test_CnnCom', '1cd78c8ec8e97476f0a0412acc471f0f081695d6a208798c05a0b914da53f0a7'],
  'hx-wsj-1': ['Test_WsjCom', '5840a115f5652ea2a0e61eef7564e37b9650f442bf8157f9be5c3778f617f902'],
  'hx-dailymail-1': [
    'Test_DailyMailCoUk',
    'c1855ce1b87d8f2ed5c5e9ac809cf6f5094356a48587252ec6f424c84f82ac5a',
  ],
};

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg >= 0 ? process.argv[outArg + 1] : path.join(root, '..'));
const relative = path.relative(root, out);
if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
  console.error(
    `fetch-goose-texts: --out ${out} is inside the repository; refusing to write there.`,
  );
  process.exit(1);
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

/** A Go interpreted string literal's body, decoded to its bytes (UTF-8 text). */
function goString(body) {
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, "'": 39, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length;) {
    if (body[i] !== '\\') {
      const point = body.codePointAt(i);
      const char = String.fromCodePoint(point);
      bytes.push(...Buffer.from(char, 'utf8'));
      i += char.length;
      continue;
    }
    const e = body[i + 1];
    if (e in simple) {
      bytes.push(simple[e]);
      i += 2;
    } else if (e === 'x') {
      bytes.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const digits = e === 'u' ? 4 : 8;
      const point = parseInt(body.slice(i + 2, i + 2 + digits), 16);
      bytes.push(...Buffer.from(String.fromCodePoint(point), 'utf8'));
      i += 2 + digits;
    } else if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 4;
    } else throw new Error(`Unknown Go escape \\${e}`);
  }
  return Buffer.from(bytes);
}

/** Each test function's CleanedText, by the function's name. */
function cleanedTexts(source) {
  const texts = new Map();
  for (const [, name, body] of source.matchAll(/^func (Test\w+)\(t \*testing\.T\) \{(.*?)^\}/gms)) {
    const text = /CleanedText:\s*"((?:[^"\\]|\\.)*)"/.exec(body);
    if (text) texts.set(name, goString(text[1]));
  }
  return texts;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-goose-'));
let failed = false;
try {
  execFileSync('apt-get', ['download', PACKAGE], { cwd: tmp, stdio: 'inherit' });
  const deb = fs.readdirSync(tmp).find((f) => f.endsWith('.deb'));
  execFileSync('dpkg-deb', ['-x', deb, 'x'], { cwd: tmp, stdio: 'inherit' });
  const source = fs.readFileSync(path.join(tmp, 'x', TEST_FILE));
  if (sha256(source) !== TEST_FILE_SHA256)
    throw new Error(`${TEST_FILE}: sha256 ${sha256(source)}, not ${TEST_FILE_SHA256}`);
  const texts = cleanedTexts(source.toString('utf8'));
  const dest = path.join(out, 'blind23-pages');
  for (const [page, [test, expected]] of Object.entries(PAGES)) {
    const text = texts.get(test);
    if (!text) throw new Error(`${test}: no CleanedText in ${TEST_FILE}`);
    if (sha256(text) !== expected) {
      failed = true;
      console.error(`  ${page}: sha256 ${sha256(text)} differs from ${expected}`);
    }
    fs.mkdirSync(path.join(dest, page), { recursive: true });
    fs.writeFileSync(path.join(dest, page, 'article.txt'), text);
  }
  console.log(
    `blind23-pages: ${Object.keys(PAGES).length} texts from ${PACKAGE} -> ${dest}` +
      (failed ? ' (sha256 mismatches!)' : ' (sha256 as mapped)'),
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
