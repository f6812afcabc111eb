import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A tiny page server on 127.0.0.1 for the end-to-end tests. Routes are set per test, so a test can
 * serve an edited copy at the same URL ("the site changed the story") between two visits.
 * Every response forbids loads from other hosts: saved news pages reference the live web, which is
 * unreachable here, and a test that sees a request leave 127.0.0.1 must be able to blame Gloss.
 */
export interface PageServer {
  origin: string;
  /** A second origin (localhost instead of 127.0.0.1… both loopback) for cross-origin tests. */
  otherOrigin: string;
  set(route: string, body: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

const LOCAL_ONLY_CSP = "default-src 'self' 'unsafe-inline' data: blob:; img-src 'self' data: blob:";

export async function startServer(): Promise<PageServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(url.pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': LOCAL_ONLY_CSP,
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    otherOrigin: `http://localhost:${port}`,
    set(route, body, headers = {}) {
      routes.set(route, { body, headers });
      return origin + route;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const SEED_HTML_PATH = path.resolve(process.cwd(), 'tests/fixtures/seed-article.html');
export const CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus');

export function seedHtml(): string {
  return fs.readFileSync(SEED_HTML_PATH, 'utf8');
}

/** The folders in `dir` that hold `file`, by name; [] when `dir` is absent (pages kept beside the repository). */
export function foldersWith(dir: string, file: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, file)))
    .sort();
}

export function corpusPages(): { name: string; html: string; title: string }[] {
  return foldersWith(CORPUS_DIR, 'source.html').map((name) => ({
    name,
    html: fs.readFileSync(path.join(CORPUS_DIR, name, 'source.html'), 'utf8'),
    title: JSON.parse(
      fs.readFileSync(path.join(CORPUS_DIR, name, 'expected-metadata.json'), 'utf8'),
    ).title as string,
  }));
}
