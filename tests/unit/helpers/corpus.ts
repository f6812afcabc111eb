import fs from 'node:fs';
import path from 'node:path';

/**
 * Test data on disk. The seed page is committed (tests/fixtures); the corpus is a third-party copy
 * that lives only in ../shared/corpus, so tests over it run when it is there and skip otherwise.
 */
export const SEED_PATH = path.resolve(process.cwd(), 'tests/fixtures/seed-article.html');
export const CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus');

export function readSeedHtml(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}

export interface CorpusPage {
  name: string;
  sourceHtml: string;
  expectedHtml: string;
  expectedMetadata: {
    title?: string;
    byline?: string | null;
    siteName?: string | null;
    lang?: string | null;
    [k: string]: unknown;
  };
}

export const corpusAvailable = fs.existsSync(CORPUS_DIR);

if (!corpusAvailable) {
  console.warn(`[gloss tests] ${CORPUS_DIR} not found: corpus tests are skipped.`);
}

export function corpusNames(): string[] {
  if (!corpusAvailable) return [];
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORPUS_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function readCorpusPage(name: string): CorpusPage {
  const dir = path.join(CORPUS_DIR, name);
  return {
    name,
    sourceHtml: fs.readFileSync(path.join(dir, 'source.html'), 'utf8'),
    expectedHtml: fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'),
    expectedMetadata: JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')),
  };
}
