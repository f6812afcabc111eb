#!/usr/bin/env node
/**
 * `npm start`: builds Gloss, serves the sample article on 127.0.0.1 and opens Chromium (or Chrome)
 * with the built extension loaded on it. The browser profile is a throwaway one under the system's
 * temp folder: Ctrl+C (or closing the browser, or a kill) stops the browser and the server and
 * removes the profile.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');
const sample = path.join(root, 'tests', 'fixtures', 'seed-article.html');

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

if (
  spawnSync(path.join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: root,
    stdio: 'inherit',
  }).status !== 0
) {
  console.error('The build failed; see above.');
  process.exit(1);
}

const server = http.createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/sample')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(sample).pipe(res);
  } else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/sample-article.html`;
  const browser = candidates.find((p) => fs.existsSync(p));
  const manual = `Load it by hand: open chrome://extensions, turn on Developer mode, "Load unpacked", choose\n  ${extensionDir}\nthen open ${url}`;
  if (!browser) {
    console.log(
      `Gloss is built, but no Chromium or Chrome was found (set CHROMIUM_PATH to one).\n${manual}\nServing the sample article until Ctrl+C.`,
    );
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(
      `Gloss is built, but there is no display to open ${browser} on.\n${manual}\nServing the sample article until Ctrl+C.`,
    );
    return;
  }
  if (/google-chrome|Google Chrome|chrome\.exe/.test(browser)) {
    console.log(
      'Note: Google Chrome 137+ ignores --load-extension. If Gloss does not appear, use Chromium or load it by hand:\n' +
        manual,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-start-'));
  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true });
  // Last resort for any exit path; the signal handlers below first let the browser finish writing.
  process.on('exit', removeProfile);
  console.log(`Opening ${url} in ${browser} with Gloss loaded. Select text on the page to tag it.`);
  // A throwaway demo profile that keeps to itself: no sync, no component or background downloads.
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to run as root with its sandbox on (containers, CI boxes).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const started = Date.now();
  const child = spawn(browser, [...args, url], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.on('exit', (code) => {
    if (Date.now() - started < 5000 && code)
      console.error(`${browser} exited at once (code ${code}):\n${stderr}\n${manual}`);
    server.close();
    removeProfile();
    process.exit(0);
  });
  // Ctrl+C: Node's default would exit at once, leaving the profile behind (a terminal's Ctrl+C also
  // reaches the browser, which may still be writing to it). Stop the browser, wait for it (a few
  // seconds at most), then remove the profile.
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    setTimeout(() => {
      child.kill('SIGKILL');
      removeProfile();
      process.exit(0);
    }, 5000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
});
