import { describe, expect, it } from 'vitest';
import { ErrorList } from '../../../../utils/interchange/import/errors';
import {
  checkRawText,
  findForbiddenKeys,
  lineColumn,
  parseJson,
} from '../../../../utils/interchange/import/safe-json';

describe('checkRawText', () => {
  it('accepts ordinary JSON, including brackets and escaped quotes inside strings', () => {
    expect(checkRawText('{"a":["[[[{{{","say \\"hi\\"","back\\\\"],"b":{}}')).toBeNull();
  });

  it('follows escapes correctly when measuring strings', () => {
    const long = 'x'.repeat(1_000_001);
    expect(checkRawText(`["\\\\", "${long}"]`)).toMatch(/starting at line 1, column 8 is longer/);
    expect(checkRawText(`["\\"${'x'.repeat(999_990)}"]`)).toBeNull();
  });

  it('counts depth outside strings only', () => {
    expect(checkRawText('['.repeat(32) + ']'.repeat(32))).toBeNull();
    expect(checkRawText('['.repeat(33) + ']'.repeat(33))).toBe(
      'The data is nested more than 32 levels deep (at line 1, column 33).',
    );
  });
});

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('explains errors with line and column', () => {
    expect(parseJson('{\n"a": 1,}')).toEqual({
      ok: false,
      message:
        'The file is not valid JSON: Expected double-quoted property name (at line 2, column 8).',
    });
    // Where V8 quotes the file instead of giving a position, the quote is left out.
    expect(parseJson('{\n"a": tru}')).toEqual({
      ok: false,
      message: "The file is not valid JSON: Unexpected token '}'.",
    });
    expect(parseJson(`{"a": x${'y'.repeat(50)}}`)).toEqual({
      ok: false,
      message: "The file is not valid JSON: Unexpected token 'x'.",
    });
    expect(parseJson('{"a":')).toEqual({
      ok: false,
      message: 'The file is not valid JSON: Unexpected end of JSON input.',
    });
  });
});

describe('lineColumn', () => {
  it('counts from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('line 1, column 1');
    expect(lineColumn('ab\ncd', 4)).toBe('line 2, column 2');
  });
});

describe('findForbiddenKeys', () => {
  it('finds them in nested arrays and objects, with paths', () => {
    const errors = new ErrorList();
    findForbiddenKeys(JSON.parse('{"a":[{"b":{"__proto__":1}}],"prototype":2}'), errors);
    expect(errors.list().map((e) => e.path)).toEqual(['prototype', 'a[0].b.__proto__']);
  });
  it('skips the walk when the text cannot hold one, but not when it uses \\u escapes', () => {
    const errors = new ErrorList();
    const text = '{"\\u0063onstructor":1}';
    findForbiddenKeys(JSON.parse(text), errors, text);
    expect(errors.count).toBe(1);
  });
});
