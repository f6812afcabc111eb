// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../../utils/model';
import {
  STATUS_MEANINGS,
  underlineRules,
  underlineStyle,
} from '../../../utils/model/status-underlines';

describe('claim status underlines', () => {
  it('gives every status its own line, in style and colour alike', () => {
    const styles = CLAIM_STATUSES.map(underlineStyle);
    expect(new Set(styles).size).toBe(CLAIM_STATUSES.length);
    const colours = styles.map((s) => s.match(/#[0-9a-f]{6}/)?.[0]);
    expect(new Set(colours).size).toBe(CLAIM_STATUSES.length);
    const kinds = styles.map((s) => s.match(/dotted|solid|dashed|double|gradient/)?.[0]);
    expect(new Set(kinds).size).toBe(CLAIM_STATUSES.length);
    for (const s of CLAIM_STATUSES) expect(STATUS_MEANINGS[s]).toBeTruthy();
  });

  it('the closed layer has one class per status, the legend draws the same line', () => {
    const rules = underlineRules();
    for (const s of CLAIM_STATUSES) {
      expect(rules).toContain(`.s-${s}{`);
      const body = underlineStyle(s).replace('box-sizing:border-box;height:4px;', '');
      expect(rules).toContain(`.s-${s}{${body}}`);
    }
  });

  it("the page's own highlight styles say nothing of a claim's status", () => {
    const css = fs.readFileSync(
      path.resolve(__dirname, '../../../entrypoints/content/highlights.css'),
      'utf8',
    );
    const names = [...css.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]).sort();
    expect(names).toEqual([
      'gloss-claim',
      'gloss-flash',
      'gloss-highlight',
      'gloss-organization',
      'gloss-person',
    ]);
    for (const s of CLAIM_STATUSES) expect(css).not.toContain(`gloss-${s}`);
  });
});
