import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const dir = path.join(root, '.output/firefox-mv2');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

describe('Firefox build', () => {
  it('builds with `wxt build -b firefox` and passes `web-ext lint` without errors', () => {
    const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('gloss@gloss.invalid');
    expect(manifest.content_scripts[0].css).toEqual(['content-scripts/content.css']);

    const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout);
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
