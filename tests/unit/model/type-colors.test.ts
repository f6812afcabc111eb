// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_TYPES } from '../../../utils/model';
import { TYPE_RGB } from '../../../utils/model/type-colors';

const read = (file: string) => fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');
/** "rgb(64, 156, 255)" and "rgb(64,156,255)" are the same colour. */
const squash = (css: string) => css.replace(/\s+/g, '');

describe('each type has one colour', () => {
  it("the extension pages' --c-<type> variables are TYPE_RGB", () => {
    const theme = squash(read('components/theme.css'));
    for (const type of ANNOTATION_TYPES)
      expect(theme).toContain(squash(`--c-${type}: rgb(${TYPE_RGB[type]});`));
  });

  it("the page's ::highlight rules paint each type in its TYPE_RGB", () => {
    const css = squash(read('entrypoints/content/highlights.css'));
    for (const type of ANNOTATION_TYPES) {
      const rule = css.slice(css.indexOf(`::highlight(gloss-${type})`));
      expect(rule.slice(0, rule.indexOf('}'))).toContain(squash(`rgba(${TYPE_RGB[type]},`));
    }
  });
});
