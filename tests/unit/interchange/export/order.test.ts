// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inExportOrder } from '../../../../utils/interchange/export/order';
import { buildExportFile, EXPORT_FORMATS } from '../../../../utils/interchange/export-files';
import type { Annotation, Selector } from '../../../../utils/model';
import type { ExportData } from '../../../../utils/interchange/export';
import { annotation, article, entity } from '../../helpers/db';
import { EXPORTED_AT } from './fixtures';

const OLD = 'https://news.example/older';
const NEW = 'https://paper.example/newer';
const GONE = 'https://gone.example/no-record';

/** An annotation at `start` on the page (null: no position known), with a quote that says where it is. */
const at = (url: string, start: number | null, id: string): Annotation => {
  const selectors: Selector[] = [{ type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }];
  if (start !== null) selectors.push({ type: 'TextPositionSelector', start, end: start + 5 });
  return annotation(url, { id, quote: `quote ${id}`, selectors, claim: null });
};

/** Two articles and an article-less annotation, interleaved as the database hands them over (by id). */
function library(): ExportData {
  return {
    articles: [
      article(NEW, { title: 'Newer', savedAt: '2024-05-20T09:00:00.000Z' }),
      article(OLD, { title: 'Older', savedAt: '2024-05-18T09:00:00.000Z' }),
    ],
    annotations: [
      at(NEW, 50, 'a1'),
      at(OLD, 900, 'a2'),
      at(GONE, 10, 'a3'),
      at(OLD, 20, 'a4'),
      at(NEW, null, 'a5'),
      at(NEW, 5, 'a6'),
      at(OLD, 300, 'a7'),
    ],
    entities: [
      entity('person', 'Wang Jun', 'wang jun', { id: 'e1' }),
      entity('organization', 'UN', 'un', { id: 'e2' }),
      entity('person', 'Duan Xiaolong', 'duan xiaolong', { id: 'e3' }),
    ],
  };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('inExportOrder', () => {
  it('lists articles as they were saved, each with its annotations in page order, unplaced last', () => {
    const ordered = inExportOrder(library());
    expect(ordered.articles.map((a) => a.title)).toEqual(['Older', 'Newer']);
    expect(ids(ordered.annotations)).toEqual(['a4', 'a7', 'a2', 'a6', 'a1', 'a5', 'a3']);
  });

  it('puts annotations whose article record is missing after the articles, grouped by URL', () => {
    const data = library();
    data.annotations.push(at('https://a-gone.example/', 1, 'a8'), at(GONE, 1, 'a9'));
    expect(ids(inExportOrder(data).annotations).slice(-3)).toEqual(['a8', 'a9', 'a3']);
  });

  it('lists entities by type, then name', () => {
    expect(ids(inExportOrder(library()).entities)).toEqual(['e2', 'e3', 'e1']);
  });

  it('keeps every record and leaves the input alone', () => {
    const data = library();
    const ordered = inExportOrder(data);
    expect(ids(ordered.annotations).sort()).toEqual(ids(data.annotations).sort());
    expect(ids(data.annotations)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
  });
});

describe('export files are in export order', () => {
  it('whatever order the records come in, every format writes the same file', () => {
    const data = library();
    const shuffled: ExportData = {
      articles: [...data.articles].reverse(),
      annotations: [...data.annotations].reverse(),
      entities: [...data.entities].reverse(),
    };
    for (const format of EXPORT_FORMATS)
      expect(buildExportFile(format, shuffled, null, EXPORTED_AT).text).toBe(
        buildExportFile(format, data, null, EXPORTED_AT).text,
      );
  });

  it('the CSV lists rows by article, then page order', () => {
    const csv = buildExportFile('csv', library(), null, EXPORTED_AT).text;
    const quotes = csv
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[4]);
    expect(quotes).toEqual(['a4', 'a7', 'a2', 'a6', 'a1', 'a5', 'a3'].map((id) => `quote ${id}`));
  });

  it('the Gloss JSON and the W3C collection list annotations in that order too', () => {
    const gloss = JSON.parse(buildExportFile('gloss', library(), null, EXPORTED_AT).text);
    expect(gloss.annotations.map((a: { id: string }) => a.id)).toEqual(
      ids(inExportOrder(library()).annotations),
    );
    const w3c = JSON.parse(buildExportFile('w3c', library(), null, EXPORTED_AT).text);
    expect(
      w3c.first.items.map((a: { id: string }) => a.id.replace(/^urn:\w+:(annotation:)?/, '')),
    ).toEqual(['a4', 'a7', 'a2', 'a6', 'a1', 'a5', 'a3']);
  });
});
