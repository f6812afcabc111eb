/**
 * Row 4: every file the browser loads from .output/chrome-mv3 (js, css, html), minified as built
 * and gzipped with node:zlib (level 9, like `gzip -9`). Shared with tests/e2e/size-budget.e2e.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type Row } from './lib/report';

export interface BundleSize {
  file: string;
  bytes: number;
  gzip: number;
}

export const gzipSize = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length;

export function bundleSizes(dir = path.resolve('.output/chrome-mv3')): BundleSize[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(e.name)) files.push(p);
    }
  };
  walk(dir);
  return files
    .map((p) => {
      const buffer = fs.readFileSync(p);
      return { file: path.relative(dir, p), bytes: buffer.length, gzip: gzipSize(buffer) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The content script's goal (issue 11): it is injected into every http(s) page (and frame) the reader opens. */
export const CONTENT_SCRIPT_GOAL_GZIP = 25 * 1024;
/** Hypothesis's annotator bundle, gzip -9, as measured for TOOLCHAIN.md (2026-11): not in this repository to re-measure. */
const HYPOTHESIS_ANNOTATOR_GZIP = 59 * 1024;

export function benchSizes(): Row[] {
  const section = '4. sizes (.output/chrome-mv3, minified → gzip -9)';
  const sizes = bundleSizes();
  const content = sizes.find((s) => s.file === 'content-scripts/content.js');
  // A content script cannot import chunks: content.js is everything injected into a page.
  return sizes.map((s) => {
    const isContent = s === content;
    return {
      section,
      measurement: s.file,
      gloss: `${kb(s.bytes)} → ${kb(s.gzip)} gz`,
      baseline: isContent
        ? `goal 25 KB gz; Hypothesis's annotator ${kb(HYPOTHESIS_ANNOTATOR_GZIP)} gz`
        : '—',
      ratio: isContent
        ? `${((s.gzip / CONTENT_SCRIPT_GOAL_GZIP) * 100).toFixed(0)} % of goal, ${((s.gzip / HYPOTHESIS_ANNOTATOR_GZIP) * 100).toFixed(0)} % of Hypothesis`
        : '—',
      pass: isContent ? s.gzip <= CONTENT_SCRIPT_GOAL_GZIP : null,
      data: { ...s },
    };
  });
}
