// @vitest-environment node
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isCompanyAcronym,
  isCompanyName,
  isCompanyWord,
  isListedFirstName,
} from '../../../utils/suggest/gazetteer';

describe('utils/suggest/name-lists.json', () => {
  it('is what `npm run name-lists` writes from the installed lists', () => {
    const fresh = execFileSync(process.execPath, ['scripts/write-name-lists.mjs', '--stdout'], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const committed = fs.readFileSync(
      path.resolve(process.cwd(), 'utils/suggest/name-lists.json'),
      'utf8',
    );
    expect(fresh === committed, 'run `npm run name-lists` and commit the file').toBe(true);
  });

  it('keeps companies that are no ordinary word apart from those that are', () => {
    expect(isCompanyName('tumblr')).toBe(true);
    expect(isCompanyName('apple')).toBe(false);
    expect(isCompanyWord('apple')).toBe(true);
    // compromise already knows Google: the list adds only what the lexicon lacks.
    expect(isCompanyName('google')).toBe(false);
  });

  it('holds acronyms and first names compromise lacks, and no ordinary words among the names', () => {
    expect(isCompanyAcronym('aecom')).toBe(true);
    expect(isListedFirstName('rolfe')).toBe(true);
    expect(['will', 'may', 'bill', 'mark'].some(isListedFirstName)).toBe(false);
  });
});
