// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, driven through ESLint itself on code placed (virtually) in
 * each layer: what the README's data-flow picture forbids must fail `npm test`.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const readsAndWrites = [
  "import { findArticle, createAnnotation } from '@/utils/store/repo';",
  "import { setClaimant } from '@/utils/store/claimant';",
  "import { readTags, renameTag } from '@/utils/store/tags';",
  'export const used = [findArticle, createAnnotation, setClaimant, readTags, renameTag];',
].join('\n');

describe('layer rules (eslint.config.js)', () => {
  it("keeps the page's world and presentational components away from the database", async () => {
    const code =
      "import Dexie from 'dexie';\nimport { db } from '@/utils/store/db';\nexport const x = [Dexie, db];";
    for (const file of [
      'entrypoints/content/probe.ts',
      'entrypoints/card/probe.tsx',
      'components/Probe.tsx',
    ])
      expect(await restrictedImports(file, code), file).toHaveLength(2);
  });

  it('lets extension pages read the store but not import its writers', async () => {
    for (const file of ['entrypoints/library/Probe.tsx', 'hooks/use-probe.ts']) {
      const messages = await restrictedImports(file, readsAndWrites);
      expect(messages, file).toHaveLength(3);
      expect(messages.join('\n')).toMatch(/'createAnnotation' import/);
      expect(messages.join('\n')).toMatch(/'renameTag' import/);
      expect(messages.join('\n')).toMatch(/utils\/store\/claimant' import/);
      expect(messages.join('\n')).not.toMatch(/findArticle|readTags/);
    }
  });

  it('lets the background, the one writer, import them all', async () => {
    expect(await restrictedImports('entrypoints/background/probe.ts', readsAndWrites)).toEqual([]);
  });
});
