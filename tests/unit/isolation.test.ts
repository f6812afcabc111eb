// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES_THAT_REPLACE_MODULES } from './isolated-files';

/** Every unit test file under tests/unit, as a path from the repository's root. */
function unitTestFiles(dir = 'tests/unit'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return unitTestFiles(file);
    return /\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('unit test isolation (vitest.config.ts)', () => {
  it('runs isolated exactly the files that replace a module', () => {
    const replacing = unitTestFiles().filter((file) =>
      /\bvi\.(do)?[mM]ock\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(replacing.sort()).toEqual([...FILES_THAT_REPLACE_MODULES].sort());
  });

  it('lists only files that exist', () => {
    for (const file of FILES_THAT_REPLACE_MODULES) expect(fs.existsSync(file), file).toBe(true);
  });
});
