#!/usr/bin/env node
/**
 * `npm run schema`: writes schema/gloss-export.schema.json from the model's valibot schemas
 * (utils/model/json-schema.ts). The unit suite fails when the committed file differs.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-schema-')), 'json-schema.mjs');
await build({
  entryPoints: [path.join(root, 'utils/model/json-schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { glossExportJsonSchema } = await import(pathToFileURL(out).href);
const target = path.join(root, 'schema/gloss-export.schema.json');
fs.writeFileSync(target, JSON.stringify(glossExportJsonSchema(), null, 2) + '\n');
fs.rmSync(path.dirname(out), { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, target)}`);
